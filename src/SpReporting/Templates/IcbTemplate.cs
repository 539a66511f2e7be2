using SpReporting.Returns;
using SpReporting.Returns.Icb;
using static SpReporting.Templates.ColumnSpec;

namespace SpReporting.Templates;

/// <summary>The ICB quarterly return template (RETURNS.md, version 1): sheets, columns and their guidance.</summary>
public static class IcbTemplate
{
    public static TemplateSpec Spec { get; } = new(
        ReturnKind.Icb,
        "ICB quarterly return: social prescribing link workers",
        "Quarterly return from an Integrated Care Board on planned link-worker capacity, investment and system learning (schema version 1)",
        [Submission(), Plan(), Investment(), Capacity(), Narrative()],
        Topics());

    private static SheetSpec Submission() => SheetSpec.Checked(
        IcbSchema.Submission, SheetLayout.FieldValue, true, IcbSchema.SubmissionFields,
        "Who is submitting and for which quarter. Fill in column B (value); leave the field names in column A as they are.",
        Text("icb_code", Yes, 3, "Your ICB's ODS code, 3 characters. It must match the code in the place you upload to.", "QE1")
            with { TypeText = "ODS code", AllowedText = "3 letters and digits" },
        Text("quarter", Yes, 7, "The financial quarter this return covers, as yyyy-Qn: Q1 is April to June, Q2 July to September, Q3 October to December, Q4 January to March (2024-Q4 is January to March 2025).", "2024-Q1")
            with { TypeText = "financial quarter, yyyy-Qn", AllowedText = "yyyy-Q1 to yyyy-Q4" },
        Text("schema_version", Yes, 1, "Version of this template. Already filled in as 1; leave it.", IcbSchema.SchemaVersion)
            with { Prefill = IcbSchema.SchemaVersion, TypeText = "version number", AllowedText = IcbSchema.SchemaVersion },
        Text("submitter_role", No, 100, "Your role, up to 100 characters, for example Head of personalised care. A role, never a name.", "Head of personalised care"));

    private static SheetSpec Plan() => SheetSpec.Checked(
        IcbSchema.Plan, SheetLayout.Table, true, IcbSchema.PlanColumns,
        "One row per PCN in the ICB: the link-worker capacity planned for the end of the quarter.",
        Text("pcn_code", Yes, 6, "ODS code of a PCN in this ICB: U followed by 5 digits. A PCN of another ICB is an error.", "U12345")
            with { TypeText = "ODS code", AllowedText = "U followed by 5 digits" },
        Decimal("planned_splw_wte", Yes, 0, 50, "Whole-time equivalent of link workers the ICB plans to have in post in this PCN at the end of the quarter, 0 to 50: the target that actual WTE is assured against.", "3.5"));

    private static SheetSpec Investment() => SheetSpec.Checked(
        IcbSchema.Investment, SheetLayout.Table, false, IcbSchema.InvestmentColumns,
        "Optional. Money spent on social prescribing in the quarter, one row per category (several rows for a category are added up).",
        Code("category", CodeLists.InvestmentCategory, Yes, "What the money was spent on. ICB_COMMISSIONED_SP: social prescribing the ICB commissions beyond ARRS posts.", "VCSE_GRANTS"),
        Decimal("amount_gbp", Yes, 0, 100_000_000, "Pounds spent in the quarter, 0 to 100,000,000, without the £ sign or commas; pence as decimals.", "125000"));

    private static SheetSpec Capacity() => SheetSpec.Checked(
        IcbSchema.Capacity, SheetLayout.FieldValue, false, IcbSchema.CapacityFields,
        "Optional. Community capacity at the end of the quarter. Fill in column B (value).",
        Integer("community_offers_active", No, 0, 1_000_000, "Number of activities and services in the local directory taking referrals.", "640"),
        Integer("vcse_orgs_receiving_referrals", No, 0, 1_000_000, "Number of voluntary, community and social enterprise organisations receiving referrals.", "85"));

    private static SheetSpec Narrative() => SheetSpec.Checked(
        IcbSchema.Narrative, SheetLayout.SingleCell, false, IcbSchema.NarrativeColumns,
        "Optional. One cell: the header narrative is in A1; write the text in A2.",
        Text("narrative", No, IcbSchema.NarrativeMaxChars,
            "What the system learned this quarter (reflexive monitoring at system level), up to 4,000 characters, in cell A2. " +
            "Shown word for word to NHS England reviewers. It is always kept as text: a leading = or + is not treated as a formula.",
            "Link workers report more referrals for fuel poverty; we funded two VCSE advice sessions a week."));

    private static IReadOnlyList<GuidanceTopic> Topics() =>
    [
        SharedGuidance.Layout("Submission, Plan, Investment, Capacity, Narrative"),
        new("Sheets", "Submission and Plan are required; Investment, Capacity and Narrative are optional."),
        new("Due date",
            "The return for a quarter is due by the 15th of the month after the quarter ends: for example, the 2024-Q1 return (April to June 2024) is due by 15 July 2024. " +
            "Later uploads are accepted but marked late."),
        SharedGuidance.Resubmitting("icb/ your ICB code / the quarter as yyyy-Qn /", "ICB and quarter"),
        SharedGuidance.Receipt,
        SharedGuidance.Findings,
        SharedGuidance.PersonalData("the narrative and submitter_role"),
        SharedGuidance.DropDowns,
        SharedGuidance.Numbers,
        new("Plan rules",
            "List each PCN of the ICB once on the Plan sheet. Every pcn_code must belong to this ICB in the reference list of organisations."),
        new("Narrative",
            "The Narrative sheet has one header cell (A1, narrative) and one text cell (A2). Keep it to 4,000 characters; it is shown as written, never as a formula."),
    ];
}
