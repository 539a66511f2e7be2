using SpReporting.Returns.Pcn;
using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>
/// Schema version 2: the optional Utilisation sheet of the March 2024 return. Its rows are referrals
/// closed in September 2023, whose six months after closure end in March 2024 (docs/validation.md).
/// </summary>
public class UtilisationTests
{
    private static readonly string[] Header =
        ["referral_id", "closed_date", "gp_consults_before", "gp_consults_after", "ae_attendances_before", "ae_attendances_after"];

    /// <summary>Version 2 with three rows: closed 1 and 30 September 2023 (windows end 1 and 30 March 2024), one without A&amp;E counts.</summary>
    public static ReturnBuilder Version2() => ReturnBuilder.Valid()
        .Field("schema_version", "2")
        .Sheet("Utilisation", Header,
            ["R-0900", "2023-09-01", "9", "6", "2", "0"],
            ["R-0901", "2023-09-30", "4", "5", "", ""],
            ["R-0902", "30/09/2023", "12", "3", "1", "1"]);

    public static TheoryData<string> Formats() => ["zip", "xlsx"];

    private static ValidationOutcome Check(ReturnBuilder b, string format) => format == "zip" ? Validate.Zip(b) : Validate.Xlsx(b);

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_version_2_return_with_a_utilisation_sheet_is_accepted_and_read(string format)
    {
        var o = Check(Version2(), format);
        Assert.True(o.Accepted, Validate.Describe(o));
        Assert.Empty(o.Findings.Shown);
        Assert.Equal(3, o.Counts["utilisation"]);
        var rows = o.PcnReturn!.UtilisationRows;
        Assert.Equal(
            [
                new UtilisationRow("R-0900", new DateOnly(2023, 9, 1), 9, 6, 2, 0),
                new UtilisationRow("R-0901", new DateOnly(2023, 9, 30), 4, 5, null, null),
                new UtilisationRow("R-0902", new DateOnly(2023, 9, 30), 12, 3, 1, 1),
            ],
            rows);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Version_1_and_version_2_without_the_sheet_read_the_same(string format)
    {
        var v1 = Check(ReturnBuilder.Valid(), format);
        var v2 = Check(ReturnBuilder.Valid().Field("schema_version", "2.0"), format);
        Assert.True(v1.Accepted, Validate.Describe(v1));
        Assert.True(v2.Accepted, Validate.Describe(v2));
        Assert.Empty(v1.Findings.Shown);
        Assert.Empty(v2.Findings.Shown);
        Assert.Empty(v1.PcnReturn!.UtilisationRows);
        Assert.False(v1.Counts.ContainsKey("utilisation"));
        Assert.Equal(v1.PcnReturn.Posts, v2.PcnReturn!.Posts);
        Assert.Equal(v1.PcnReturn.Referrals.Select(r => r.ReferralId), v2.PcnReturn.Referrals.Select(r => r.ReferralId));
    }

    [Fact]
    public void A_version_1_return_with_utilisation_rows_is_refused_rather_than_losing_them()
    {
        var o = Validate.Zip(Version2().Field("schema_version", "1"));
        Assert.False(o.Accepted);
        var f = Assert.Single(o.Findings.Shown);
        Assert.Equal(("SUB004", "Submission", 4, "value"), (f.Code, f.Sheet, f.Row, f.Column));
        Assert.Contains("schema_version 2", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_return_with_a_header_only_utilisation_sheet_is_accepted()
    {
        var o = Validate.Zip(ReturnBuilder.Valid().Sheet("Utilisation", Header));
        Assert.True(o.Accepted, Validate.Describe(o));
        Assert.Empty(o.Findings.Shown);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("1.5")]
    [InlineData("two")]
    public void Other_schema_versions_are_SUB004(string version)
    {
        var o = Validate.Zip(Version2().Field("schema_version", version));
        Assert.False(o.Accepted);
        Assert.Contains(o.Findings.Shown, f => f.Code == "SUB004" && f.Message.Contains("1 or 2", StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, (Func<ReturnBuilder, ReturnBuilder> Break, string Code, int? Row, string Column)> Cases = new()
    {
        // Closed 1 October 2023: the after-window runs to 1 April 2024, after the end of March.
        ["VAL012 window ends next month"] = (b => b.Set("Utilisation", 1, "closed_date", "2023-10-01"), "VAL012", 2, "closed_date"),
        ["VAL012 closed this month"] = (b => b.Set("Utilisation", 2, "closed_date", "2024-03-05"), "VAL012", 3, "closed_date"),
        ["VAL004 referral twice"] = (b => b.CopyRow("Utilisation", 1, ("gp_consults_after", "2")), "VAL004", 5, "referral_id"),
        ["VAL001 gp before blank"] = (b => b.Set("Utilisation", 1, "gp_consults_before", ""), "VAL001", 2, "gp_consults_before"),
        ["VAL001 closed date blank"] = (b => b.Set("Utilisation", 3, "closed_date", ""), "VAL001", 4, "closed_date"),
        ["VAL003 gp after over 200"] = (b => b.Set("Utilisation", 1, "gp_consults_after", "201"), "VAL003", 2, "gp_consults_after"),
        ["VAL003 gp before negative"] = (b => b.Set("Utilisation", 2, "gp_consults_before", "-1"), "VAL003", 3, "gp_consults_before"),
        ["VAL003 gp not whole"] = (b => b.Set("Utilisation", 2, "gp_consults_after", "2.5"), "VAL003", 3, "gp_consults_after"),
        ["VAL003 A&E over 100"] = (b => b.Set("Utilisation", 1, "ae_attendances_after", "101"), "VAL003", 2, "ae_attendances_after"),
        ["VAL003 US date"] = (b => b.Set("Utilisation", 1, "closed_date", "09/30/2023"), "VAL003", 2, "closed_date"),
        ["VAL003 referral id"] = (b => b.Set("Utilisation", 1, "referral_id", "R 1!"), "VAL003", 2, "referral_id"),
        ["FIL003 missing column"] = (b => b.RemoveColumn("Utilisation", "gp_consults_after"), "FIL003", 1, "gp_consults_after"),
    };

    public static TheoryData<string, string> Names()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name, "zip");
            data.Add(name, "xlsx");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_rule_gives_its_finding_at_the_right_place(string name, string format)
    {
        var (breakIt, code, row, column) = Cases[name];
        var o = Check(breakIt(Version2()), format);
        Assert.False(o.Accepted);
        Assert.Null(o.PcnReturn);
        var found = o.Findings.Shown.Where(f => f.Code == code).ToList();
        Assert.True(found.Count > 0, $"expected {code}; got:\n{Validate.Describe(o)}");
        Assert.Contains(found, f => f.Sheet == "Utilisation" && f.Row == row && f.Column == column);
        Assert.Equal(Severity.Error, FindingCodes.SeverityOf(code));
    }

    [Fact]
    public void VAL012_says_which_return_the_row_belongs_in()
    {
        var o = Validate.Zip(Version2().Set("Utilisation", 1, "closed_date", "2023-10-31"));
        var f = Assert.Single(o.Findings.Shown);
        Assert.Equal("VAL012", f.Code);
        Assert.Contains("30 April 2024", f.Message, StringComparison.Ordinal);
        Assert.Contains("2024-04", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("referral_id", "patient@example.org")]
    [InlineData("referral_id", "07700 900123")]
    [InlineData("referral_id", "943 476 5919")]
    [InlineData("gp_consults_before", "LS1 4AP")]
    public void Personal_data_in_the_utilisation_sheet_is_refused_and_never_echoed(string column, string value)
    {
        foreach (var format in new[] { "zip", "xlsx" })
        {
            var o = Check(Version2().Set("Utilisation", 2, column, value), format);
            Assert.False(o.Accepted);
            var pii = o.Findings.Shown.Where(f => f.Code.StartsWith("PII", StringComparison.Ordinal)).ToList();
            Assert.Contains(pii, f => f.Sheet == "Utilisation" && f.Row == 3 && f.Column == column);
            Assert.All(o.Findings.Shown.Where(f => f.Sheet == "Utilisation" && f.Row == 3 && f.Column == column), f => Assert.Null(f.Value));
            Assert.DoesNotContain(o.Findings.Shown, f => (f.Value ?? "").Contains(value, StringComparison.Ordinal) || f.Message.Contains(value, StringComparison.Ordinal));
        }
    }
}
