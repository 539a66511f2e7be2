using System.Diagnostics;
using ClosedXML.Excel;
using SpReporting.Reading;
using SpReporting.Returns.Icb;
using SpReporting.Returns.Pcn;
using SpReporting.Templates;
using SpReporting.Writing;
using static SpReporting.Tests.Templates.TemplateWorkbook;

namespace SpReporting.Tests.Templates;

public sealed class XlsxReturnWriterTests
{
    private static Sheet Table(string name, string[] headers, params string[][] rows) =>
        new(name, headers, rows.Select((cells, i) => new SheetRow(i + 2, cells)).ToList());

    private static Sheet Fields(string name, params (string Field, string Value)[] fields) =>
        Table(name, ["field", "value"], fields.Select(f => new[] { f.Field, f.Value }).ToArray());

    private static XLWorkbook WriteAndOpen(Workbook workbook, out byte[] bytes)
    {
        using var stream = new MemoryStream();
        XlsxReturnWriter.Write(workbook, stream);
        bytes = stream.ToArray();
        return Open(bytes);
    }

    private static Workbook SmallPcnReturn() => new(
    [
        Fields(PcnSchema.Submission, ("pcn_code", "U12345"), ("period", "2024-03"), ("schema_version", "1"), ("nil_return", "N"), ("submitter_role", "+44 foo")),
        Table(PcnSchema.Workforce,
            ["post_id", "role", "status", "wte", "funding", "employer", "start_date", "end_date", "open_caseload", "supervision_hours", "non_sp_hours", "notes"],
            ["P1", "SPLW", "IN_POST", "0.986667", "ARRS", "PCN_PRACTICE", "2024-03-05", "", "48", "abc", "05/03/2024", "=1+1"]),
        Table(PcnSchema.Referrals, [.. PcnSchema.ReferralColumns]),
        Table("Extra", ["a"], ["-1"]),
    ]);

    [Fact]
    public void Dates_numbers_and_text_are_written_as_excel_would_hold_them()
    {
        using var wb = WriteAndOpen(SmallPcnReturn(), out _);
        var ws = wb.Worksheet(PcnSchema.Workforce);

        var start = ws.Cell(2, ColumnOf(ws, "start_date"));
        Assert.Equal(XLDataType.DateTime, start.DataType);
        Assert.Equal(new DateTime(2024, 3, 5), start.GetDateTime());
        Assert.Equal("yyyy-mm-dd", start.Style.NumberFormat.Format);

        var wte = ws.Cell(2, ColumnOf(ws, "wte"));
        Assert.Equal(XLDataType.Number, wte.DataType);
        Assert.Equal(0.986667, wte.GetDouble());
        Assert.Equal(XLDataType.Number, ws.Cell(2, ColumnOf(ws, "open_caseload")).DataType);
        Assert.Equal(48, ws.Cell(2, ColumnOf(ws, "open_caseload")).GetDouble());

        var formula = ws.Cell(2, ColumnOf(ws, "notes"));
        Assert.False(formula.HasFormula);
        Assert.Equal(XLDataType.Text, formula.DataType);
        Assert.Equal("=1+1", formula.GetString());

        var phone = wb.Worksheet(PcnSchema.Submission).Cell(6, 2);
        Assert.Equal("submitter_role", wb.Worksheet(PcnSchema.Submission).Cell(6, 1).GetString());
        Assert.False(phone.HasFormula);
        Assert.Equal(XLDataType.Text, phone.DataType);
        Assert.Equal("+44 foo", phone.GetString());

        // Values that are not what their column expects stay text, exactly as given, for the validator to report.
        Assert.Equal(XLDataType.Text, ws.Cell(2, ColumnOf(ws, "supervision_hours")).DataType);
        Assert.Equal("abc", ws.Cell(2, ColumnOf(ws, "supervision_hours")).GetString());
        Assert.Equal(XLDataType.Text, ws.Cell(2, ColumnOf(ws, "post_id")).DataType);
        Assert.Equal(XLDataType.Text, wb.Worksheet(PcnSchema.Submission).Cell(3, 2).DataType); // period 2024-03
        Assert.Equal("2024-03", wb.Worksheet(PcnSchema.Submission).Cell(3, 2).GetString());
        Assert.True(ws.Cell(2, ColumnOf(ws, "end_date")).IsEmpty());
    }

    [Fact]
    public void Filled_file_keeps_the_template_layout_and_holds_exactly_the_raw_sheets_and_columns()
    {
        using var wb = WriteAndOpen(SmallPcnReturn(), out var bytes);
        Assert.Equal(["Guidance", "Submission", "Workforce", "Referrals", "Extra", "Lists"], wb.Worksheets.Select(w => w.Name));
        Assert.Equal(XLWorksheetVisibility.VeryHidden, wb.Worksheet("Lists").Visibility);
        Assert.Equal("en-GB", Language(bytes));

        var ws = wb.Worksheet(PcnSchema.Workforce);
        // Template columns in template order, the missing wellbeing_score left out, the extra notes appended.
        Assert.Equal([.. PcnSchema.WorkforceColumns.Where(c => c != "wellbeing_score"), "notes"], Headers(ws));
        var role = ValidationAt(ws, 2, ColumnOf(ws, "role"));
        Assert.NotNull(role);
        Assert.Equal(["SPLW", "SPLW_LEAD"], ListValues(wb, role));
        Assert.Equal(PcnSchema.ReferralColumns, Headers(wb.Worksheet(PcnSchema.Referrals)));
        Assert.Equal("-1", wb.Worksheet("Extra").Cell(2, 1).GetString());
        Assert.Equal(XLDataType.Text, wb.Worksheet("Extra").Cell(2, 1).DataType);
        Assert.Contains(Guidance(wb), r => r.Topic == PcnSchema.Implementation && r.Column == "g1");
    }

    [Fact]
    public void Submission_values_replace_the_prefill_in_field_order_and_unknown_fields_are_appended()
    {
        var raw = new Workbook(
        [
            Fields(PcnSchema.Submission, ("schema_version", "2"), ("pcn_code", "U12345"), ("colour", "blue"), ("period", "2024-03")),
        ]);
        using var wb = WriteAndOpen(raw, out _);
        var ws = wb.Worksheet(PcnSchema.Submission);
        var rows = ws.RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString())).ToList();
        Assert.Equal([("pcn_code", "U12345"), ("period", "2024-03"), ("schema_version", "2"), ("colour", "blue")], rows);
    }

    [Fact]
    public void A_workbook_with_a_plan_sheet_is_written_into_the_icb_template()
    {
        var raw = new Workbook(
        [
            Fields(IcbSchema.Submission, ("icb_code", "QE1"), ("quarter", "2024-Q1"), ("schema_version", "1")),
            Table(IcbSchema.Plan, [.. IcbSchema.PlanColumns], ["U12345", "3.25"]),
            Fields(IcbSchema.Capacity, ("community_offers_active", "640")),
            Table(IcbSchema.Narrative, [.. IcbSchema.NarrativeColumns], ["=HYPERLINK(\"x\")"]),
        ]);
        using var wb = WriteAndOpen(raw, out _);
        Assert.Equal(["Guidance", "Submission", "Plan", "Capacity", "Narrative", "Lists"], wb.Worksheets.Select(w => w.Name));
        Assert.Equal(3.25, wb.Worksheet(IcbSchema.Plan).Cell(2, 2).GetDouble());
        Assert.Equal(XLDataType.Text, wb.Worksheet(IcbSchema.Plan).Cell(2, 1).DataType);
        Assert.Equal(640, wb.Worksheet(IcbSchema.Capacity).Cell(2, 2).GetDouble());
        var narrative = wb.Worksheet(IcbSchema.Narrative).Cell(2, 1);
        Assert.False(narrative.HasFormula);
        Assert.Equal("=HYPERLINK(\"x\")", narrative.GetString());
        Assert.Contains(Guidance(wb), r => r.Topic == IcbSchema.Investment && r.Column == "amount_gbp");
    }

    [Fact]
    public void Five_thousand_referral_rows_write_in_seconds()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => new[]
        {
            $"R{i:00000}", "2024-03-05", "GP", "LONELINESS;HOUSING", "65-74", "FEMALE", "WHITE", "3", "2024-03-12", "CLOSED",
            "2024-03-28", "2", "SWEMWBS", "19.98", "23.21", "SOCIAL_CONNECTION_MADE",
        }).ToArray();
        var raw = new Workbook([Table(PcnSchema.Referrals, [.. PcnSchema.ReferralColumns], rows)]);
        var clock = Stopwatch.StartNew();
        using var stream = new MemoryStream();
        XlsxReturnWriter.Write(raw, stream);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        using var wb = Open(stream.ToArray());
        var ws = wb.Worksheet(PcnSchema.Referrals);
        Assert.Equal(5001, ws.LastRowUsed().RowNumber());
        Assert.Equal("R04999", ws.Cell(5001, 1).GetString());
        Assert.Equal(new DateTime(2024, 3, 28), ws.Cell(5001, ColumnOf(ws, "closed_date")).GetDateTime());
    }
}
