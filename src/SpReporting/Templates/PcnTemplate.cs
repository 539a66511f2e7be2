using SpReporting.Returns;
using SpReporting.Returns.Pcn;
using static SpReporting.Templates.ColumnSpec;

namespace SpReporting.Templates;

/// <summary>The PCN monthly return template (schema version 2): sheets, columns and their guidance.</summary>
public static class PcnTemplate
{
    // Declared before Spec: static initialisers run in text order.
    /// <summary>The 1–5 scale of NoMAD construct items plus NR (not relevant), as a drop-down.</summary>
    public static CodeList ConstructScale { get; } = new("construct_item", "1", "2", "3", "4", "5", "NR");

    public static TemplateSpec Spec { get; } = new(
        ReturnKind.Pcn,
        "PCN monthly return: social prescribing link workers",
        "Monthly return from a Primary Care Network on its social prescribing link workers, referrals, health-service use and implementation (schema version 2)",
        [Submission(), Workforce(), Referrals(), Implementation(), Utilisation()],
        PcnGuidance.Topics);

    private static SheetSpec Submission() => SheetSpec.Checked(
        PcnSchema.Submission, SheetLayout.FieldValue, true, PcnSchema.SubmissionFields,
        "Who is submitting and for which month. Fill in column B (value); leave the field names in column A as they are.",
        Text("pcn_code", Yes, 6, "Your PCN's ODS code: U followed by 5 digits. It must match the code in the place you upload to.", "U12345")
            with { TypeText = "ODS code", AllowedText = "U followed by 5 digits" },
        Text("period", Yes, 7, "The calendar month this return covers, as yyyy-MM. It must match the month in the place you upload to, not be in the future and not be before 2019-07.", "2024-03")
            with { TypeText = "month, yyyy-MM", AllowedText = "2019-07 to the current month" },
        Text("schema_version", Yes, 1, "Version of this template. Already filled in as 2; leave it. Returns made on the earlier template (version 1, without the Utilisation sheet) are still accepted.", PcnSchema.SchemaVersion)
            with { Prefill = PcnSchema.SchemaVersion, TypeText = "version number", AllowedText = "1 or 2" },
        Code("nil_return", CodeLists.YesNo, Yes, "Y if the PCN had no social prescribing activity this month (the other sheets may then hold only their header rows), otherwise N.", "N"),
        Text("submitter_role", No, 100, "Your role, up to 100 characters, for example PCN manager. A role, never a name.", "PCN manager"));

    private static SheetSpec Workforce() => SheetSpec.Checked(
        PcnSchema.Workforce, SheetLayout.Table, true, PcnSchema.WorkforceColumns,
        "One row for each link-worker post active at any time in the month, vacant posts included.",
        Id("post_id", 20, "Your own identifier for the post: 1 to 20 letters, digits, _ or -. Keep it the same every month; unique in the sheet. Never a person's name.", "SPLW-01"),
        Code("role", CodeLists.Role, Yes, "SPLW for a link worker; SPLW_LEAD for a lead or senior link worker.", "SPLW"),
        Code("status", CodeLists.PostStatus, Yes, "IN_POST: the post was filled at some time in the month. VACANT: the post is unfilled. LEFT: the post holder left during the month.", "IN_POST"),
        Decimal("wte", Yes, 0.01, 1, "Whole-time equivalent of the post, from 0.01 to 1. Give all the decimals you have (for example 0.986667): it is never rounded. For a VACANT post, the vacant WTE.", "0.8"),
        Code("funding", CodeLists.Funding, Yes, "Main source of funding for the post. ARRS is the Additional Roles Reimbursement Scheme.", "ARRS"),
        Code("employer", CodeLists.Employer, Yes, "Who employs the post holder.", "PCN_PRACTICE"),
        Date("start_date", "for IN_POST, LEFT", "Date the post holder started in the post; not after the last day of the month.", "2023-09-01"),
        Date("end_date", "for LEFT", "Date the post holder left; within the month, not before start_date.", "2024-03-22"),
        Integer("open_caseload", "for IN_POST", 0, null, "Number of people on the link worker's caseload at the end of the month. More than 250 per WTE gives a warning.", "48"),
        Decimal("supervision_hours", "for IN_POST", 0, 50, "Hours of clinical supervision the link worker received this month, 0 to 50.", "2"),
        Decimal("non_sp_hours", No, 0, 200, "Hours diverted to duties other than social prescribing this month (for example vaccination clinics), 0 to 200.", "6.5"),
        Decimal("wellbeing_score", No, 0, 10, "The link worker's own rating of their wellbeing, 0 (lowest) to 10 (highest). Anonymous: reported only in totals.", "7"));

    private static SheetSpec Referrals() => SheetSpec.Checked(
        PcnSchema.Referrals, SheetLayout.Table, true, PcnSchema.ReferralColumns,
        "One row per referral event in the month: a referral received this month, a referral closed this month, or both. See 'Which month a referral belongs to'.",
        Id("referral_id", 36, "Pseudonymous identifier of the referral: 1 to 36 letters, digits, _ or -. Unique in your PCN and the same every month the referral appears. Never an NHS number or anything that identifies the person.", "REF-2024-0131"),
        Date("referral_date", Yes, "Date the referral was received.", "2024-03-05"),
        Code("source", CodeLists.Source, Yes, "Who referred the person. ARRS_OTHER: another role funded by the Additional Roles Reimbursement Scheme.", "GP"),
        MultiCode("reasons", CodeLists.Reason, Yes, "One or more reasons for the referral, separated by ; (semicolon). There is no drop-down here: an Excel drop-down holds one value per cell.", "LONELINESS;HOUSING"),
        Code("age_band", CodeLists.AgeBand, Yes, "Age band of the person when referred; UNKNOWN if not known. Never a date of birth.", "65-74"),
        Code("sex", CodeLists.Sex, Yes, "Sex of the person as recorded; UNKNOWN if not recorded.", "FEMALE"),
        Code("ethnic_group", CodeLists.EthnicGroup, Yes, "Broad ethnic group; NOT_STATED if not recorded or the person chose not to say.", "WHITE"),
        Integer("imd_decile", No, 1, 10, "Index of Multiple Deprivation decile of the person's area, from 1 (most deprived) to 10 (least deprived); leave blank if unknown. Worked out by the practice: never send the postcode.", "3"),
        Date("first_contact_date", No, "Date of the first contact with the link worker; not before referral_date. More than 90 days after referral_date gives a warning.", "2024-03-12"),
        Code("status", CodeLists.ReferralStatus, Yes, "OPEN: still being supported at the end of the month. CLOSED: support has finished. DECLINED: the person declined. DID_NOT_ENGAGE: the person did not take up the offer.", "OPEN"),
        Date("closed_date", "unless OPEN", "Date the referral was closed; blank while OPEN; not before referral_date.", "2024-05-20"),
        Integer("connections", "for CLOSED", 0, 50, "Number of onward connections made to community activities or services, 0 to 50.", "3"),
        Code("wellbeing_tool", CodeLists.WellbeingTool, Yes, "The wellbeing measure used with this person; NONE if none. ONS4_LS is the ONS life satisfaction question.", "SWEMWBS"),
        Decimal("wellbeing_baseline", No, 0, 70, "Score at the start, on the tool's own scale: " + PcnGuidance.ToolRanges, "19.98"),
        Decimal("wellbeing_followup", No, 0, 70, "Score at closure on the same tool. A follow-up without a baseline, or a closed referral with a baseline but no follow-up, gives a warning.", "23.21"),
        MultiCode("social_outcomes", CodeLists.SocialOutcome, No, "Zero or more social outcomes achieved, separated by ; (semicolon). No drop-down, as for reasons.", "DEBT_ADVICE_RECEIVED;SOCIAL_CONNECTION_MADE"));

    private static SheetSpec Implementation() => SheetSpec.Checked(
        PcnSchema.Implementation, SheetLayout.Table, false, PcnSchema.ImplementationColumns,
        "Optional. One row per person who answered the NoMAD implementation survey among the PCN's practice staff and link workers. Expected in the return for the last month of each financial quarter (June, September, December, March).",
        [
            Code("respondent_role", CodeLists.RespondentRole, Yes, "Role of the person who answered. No names.", "PRACTICE_MANAGER"),
            General("g1", "How familiar does social prescribing feel to you?"),
            General("g2", "Do you feel social prescribing is currently a normal part of your work?"),
            General("g3", "Do you feel social prescribing will become a normal part of your work?"),
            .. NomadItems.All.Select(i => Construct(i.Column, i.Construct, i.Statement)),
        ]);

    private static SheetSpec Utilisation() => SheetSpec.Checked(
        PcnSchema.Utilisation, SheetLayout.Table, false, PcnSchema.UtilisationColumns,
        "Optional. Health-service use before and after link-worker support, counted by the practice from its clinical system: one row per CLOSED referral whose six months after closure ended in this month. " +
        "See 'Health-service use: which month reports which referral'.",
        Id("referral_id", 36, "The referral_id the referral had in the Referrals sheet of the month it closed (an earlier return). Unique in the sheet.", "REF-2024-0131"),
        Date("closed_date", Yes, "The date the referral was closed. The six months after closure start the next day and must have ended by the last day of this month.", "2024-03-20"),
        Integer("gp_consults_before", Yes, 0, 200, "GP-practice consultations (any clinician, any mode: face to face, phone, video, home visit) in the six months before referral_date, 0 to 200.", "9"),
        Integer("gp_consults_after", Yes, 0, 200, "The same count in the six months after closed_date, 0 to 200.", "6"),
        Integer("ae_attendances_before", No, 0, 100, "A&E attendances known to the practice in the six months before referral_date, 0 to 100. Leave blank if the practice cannot count them.", "1"),
        Integer("ae_attendances_after", No, 0, 100, "The same count in the six months after closed_date, 0 to 100. Used only where both A&E counts are given.", "0"));

    private static ColumnSpec General(string name, string question) =>
        Integer(name, No, 0, 10, $"NoMAD general item: \"{question}\" 0 (not at all) to 10 (completely).", "7");

    private static ColumnSpec Construct(string name, string construct, string statement) =>
        new(name, ColumnKind.ScoreOrCode, No,
            $"NoMAD {construct} item: \"{statement}\" 1 (strongly disagree) to 5 (strongly agree), or NR (not relevant), which is left out of averages.", "4")
        { Codes = ConstructScale, TypeText = "1 to 5, or NR" };
}
