using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Returns.Icb;
using SpReporting.Returns.Pcn;
using SpReporting.Validation;
using SpReporting.Writing;

namespace SpReporting.Tests.Templates;

/// <summary>A return filled into the template, as a PCN would upload it, passes validation: the template and the validator agree.</summary>
public sealed class TemplateRoundTripTests
{
    private static readonly Month Period = new(2024, 3);
    private static readonly DateTimeOffset ReceivedAt = new(2024, 4, 5, 10, 0, 0, TimeSpan.Zero);

    private static Sheet Table(string name, IReadOnlyList<string> headers, params string[][] rows) =>
        new(name, headers, rows.Select((cells, i) => new SheetRow(i + 2, cells)).ToList());

    private static Sheet Fields(string name, params (string Field, string Value)[] fields) =>
        Table(name, ["field", "value"], fields.Select(f => new[] { f.Field, f.Value }).ToArray());

    private static ValidationOutcome FillAndValidate(Workbook raw, UploadPath path)
    {
        using var file = new MemoryStream();
        XlsxReturnWriter.Write(raw, file);
        file.Position = 0;
        return new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, ReceivedAt)).Validate(file, path);
    }

    private static string Describe(ValidationOutcome outcome) =>
        string.Join("\n", outcome.Findings.Shown.Select(f => $"{f.Code} {f.Severity} {f.Sheet} row {f.Row} {f.Column}: {f.Message}"));

    [Fact]
    public void A_valid_pcn_return_written_into_the_template_is_accepted_without_findings()
    {
        var pcn = OrganisationRegistry.Default.OpenIn(Period).First();
        string[] construct = ["4", "5", "NR", "3"];
        var raw = new Workbook(
        [
            Fields(PcnSchema.Submission, ("pcn_code", pcn.PcnCode), ("period", Period.ToString()), ("schema_version", "1"), ("nil_return", "N"), ("submitter_role", "PCN manager")),
            Table(PcnSchema.Workforce, PcnSchema.WorkforceColumns,
                ["SPLW-01", "SPLW", "IN_POST", "0.986667", "ARRS", "PCN_PRACTICE", "2023-09-01", "", "48", "2", "6.5", "7"],
                ["SPLW-02", "SPLW_LEAD", "LEFT", "0.6", "ICB", "VCSE", "2022-01-10", "2024-03-22", "", "", "", ""]),
            Table(PcnSchema.Referrals, PcnSchema.ReferralColumns,
                ["REF-0001", "2024-03-05", "GP", "LONELINESS;HOUSING", "65-74", "FEMALE", "WHITE", "3", "2024-03-12", "CLOSED", "2024-03-28", "2", "SWEMWBS", "19.98", "23.21", "SOCIAL_CONNECTION_MADE"],
                ["REF-0002", "2024-03-10", "SELF", "MENTAL_WELLBEING", "25-34", "MALE", "ASIAN", "", "2024-03-11", "OPEN", "", "", "WEMWBS", "40", "", ""],
                ["REF-0003", "2023-12-01", "VCSE", "MONEY_DEBT_BENEFITS;FOOD", "45-54", "OTHER", "BLACK", "1", "2023-12-08", "CLOSED", "2024-03-15", "4", "NONE", "", "", "DEBT_ADVICE_RECEIVED"]),
            Table(PcnSchema.Implementation, PcnSchema.ImplementationColumns,
                ["GP", "7", "6", "8", .. Enumerable.Range(0, 20).Select(i => construct[i % construct.Length])]),
        ]);

        var outcome = FillAndValidate(raw, new UploadPath(ReturnKind.Pcn, pcn.PcnCode, Period.ToString(), "return.xlsx"));

        Assert.True(outcome.Accepted, Describe(outcome));
        Assert.Empty(outcome.Findings.Shown);
        Assert.False(outcome.Late);
        var read = outcome.PcnReturn;
        Assert.NotNull(read);
        Assert.Equal(0.986667, read.Posts.Single(p => p.PostId == "SPLW-01").Wte);
        Assert.Equal(3, read.Referrals.Count);
    }

    [Fact]
    public void A_nil_return_in_the_template_is_accepted()
    {
        var pcn = OrganisationRegistry.Default.OpenIn(Period).Last();
        var raw = new Workbook(
        [
            Fields(PcnSchema.Submission, ("pcn_code", pcn.PcnCode), ("period", Period.ToString()), ("schema_version", "1"), ("nil_return", "Y")),
            Table(PcnSchema.Workforce, PcnSchema.WorkforceColumns),
            Table(PcnSchema.Referrals, PcnSchema.ReferralColumns),
        ]);
        var outcome = FillAndValidate(raw, new UploadPath(ReturnKind.Pcn, pcn.PcnCode, Period.ToString(), "nil.xlsx"));
        Assert.True(outcome.Accepted, Describe(outcome));
    }

    [Fact]
    public void A_valid_icb_return_written_into_the_template_is_accepted_without_findings()
    {
        var quarter = new Quarter(2023, 4); // January to March 2024
        var icb = OrganisationRegistry.Default.Icbs.First(i => OrganisationRegistry.Default.PcnsInIcb(i.Code).Any(p => p.IsOpenIn(Period)));
        var plan = OrganisationRegistry.Default.PcnsInIcb(icb.Code).Where(p => p.IsOpenIn(Period)).Take(3)
            .Select((p, i) => new[] { p.PcnCode, (1.5 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        var raw = new Workbook(
        [
            Fields(IcbSchema.Submission, ("icb_code", icb.Code), ("quarter", quarter.ToString()), ("schema_version", "1"), ("submitter_role", "Head of personalised care")),
            Table(IcbSchema.Plan, IcbSchema.PlanColumns, plan),
            Table(IcbSchema.Investment, IcbSchema.InvestmentColumns, ["VCSE_GRANTS", "125000.50"], ["TRAINING_SUPERVISION", "8000"]),
            Fields(IcbSchema.Capacity, ("community_offers_active", "640"), ("vcse_orgs_receiving_referrals", "85")),
            Table(IcbSchema.Narrative, IcbSchema.NarrativeColumns, ["=More referrals for fuel poverty; two VCSE advice sessions a week."]),
        ]);
        var outcome = FillAndValidate(raw, new UploadPath(ReturnKind.Icb, icb.Code, quarter.ToString(), "return.xlsx"));
        Assert.True(outcome.Accepted, Describe(outcome));
        Assert.Empty(outcome.Findings.Shown);
        Assert.NotNull(outcome.IcbReturn);
        Assert.Equal("=More referrals for fuel poverty; two VCSE advice sessions a week.", outcome.IcbReturn.Narrative);
    }

    [Fact]
    public void Findings_in_a_filled_template_point_at_the_rows_and_columns_excel_shows()
    {
        var pcn = OrganisationRegistry.Default.OpenIn(Period).First();
        var raw = new Workbook(
        [
            Fields(PcnSchema.Submission, ("pcn_code", pcn.PcnCode), ("period", Period.ToString()), ("schema_version", "1"), ("nil_return", "N")),
            Table(PcnSchema.Workforce, PcnSchema.WorkforceColumns,
                ["SPLW-01", "SPLW", "IN_POST", "1", "ARRS", "PCN_PRACTICE", "2023-09-01", "", "48", "2", "", ""]),
            Table(PcnSchema.Referrals, PcnSchema.ReferralColumns,
                ["REF-0001", "2024-03-05", "GP", "LONELINESS", "65-74", "FEMALE", "WHITE", "", "", "OPEN", "", "", "NONE", "", "", ""],
                ["REF-0002", "2024-03-06", "Doctor", "LONELINESS", "65-74", "FEMALE", "WHITE", "", "", "OPEN", "", "", "NONE", "", "", ""],
                ["943 476 5919", "2024-03-07", "GP", "LONELINESS", "65-74", "FEMALE", "WHITE", "", "", "OPEN", "", "", "NONE", "", "", ""]),
        ]);
        var outcome = FillAndValidate(raw, new UploadPath(ReturnKind.Pcn, pcn.PcnCode, Period.ToString(), "return.xlsx"));
        Assert.False(outcome.Accepted);
        Assert.Contains(outcome.Findings.Shown, f => f is { Code: "VAL002", Sheet: PcnSchema.Referrals, Row: 3, Column: "source", Value: "Doctor" });
        Assert.Contains(outcome.Findings.Shown, f => f is { Code: "PII001", Sheet: PcnSchema.Referrals, Row: 4, Column: "referral_id", Value: null });
    }

    [Fact]
    public void The_blank_template_has_every_sheet_and_column_and_its_guidance_trips_no_personal_data_check()
    {
        foreach (var kind in new[] { ReturnKind.Pcn, ReturnKind.Icb })
        {
            using var file = new MemoryStream();
            SpReporting.Templates.ReturnTemplates.Write(kind, file);
            file.Position = 0;
            var path = kind == ReturnKind.Pcn
                ? new UploadPath(kind, OrganisationRegistry.Default.Pcns[0].PcnCode, Period.ToString(), "blank.xlsx")
                : new UploadPath(kind, OrganisationRegistry.Default.Icbs[0].Code, "2023-Q4", "blank.xlsx");
            var outcome = new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, ReceivedAt)).Validate(file, path);
            // Blank: rejected for the missing identity, never for structure or personal data.
            Assert.False(outcome.Accepted);
            Assert.DoesNotContain(outcome.Findings.Shown, f => f.Code.StartsWith("PII", StringComparison.Ordinal) || f.Code.StartsWith("FIL", StringComparison.Ordinal));
        }
    }
}
