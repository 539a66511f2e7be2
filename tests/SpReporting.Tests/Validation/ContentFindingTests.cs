using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>One failing return per content, structure and identity code, each checked in both formats.</summary>
public class ContentFindingTests
{
    private static readonly Dictionary<string, (Func<ReturnBuilder, ReturnBuilder> Break, string Code, string? Sheet, int? Row, string? Column)> Cases = new()
    {
        ["FIL003 missing sheet"] = (b => b.RemoveSheet("Workforce"), "FIL003", "Workforce", null, null),
        ["FIL003 missing column"] = (b => b.RemoveColumn("Referrals", "source"), "FIL003", "Referrals", 1, "source"),
        ["FIL004 extra column"] = (b => b.AddColumn("Workforce", "notes", "x"), "FIL004", "Workforce", 1, "notes"),
        ["SUB003 code differs"] = (b => b.Field("pcn_code", "U00147"), "SUB003", "Submission", 2, "value"),
        ["SUB003 period differs"] = (b => b.Field("period", "2024-02"), "SUB003", "Submission", 3, "value"),
        ["SUB004 schema version"] = (b => b.Field("schema_version", "3"), "SUB004", "Submission", 4, "value"),
        ["VAL001 blank required"] = (b => b.Set("Referrals", 1, "source", ""), "VAL001", "Referrals", 2, "source"),
        ["VAL001 start date of post in post"] = (b => b.Set("Workforce", 1, "start_date", ""), "VAL001", "Workforce", 2, "start_date"),
        ["VAL001 closed date of closed"] = (b => b.Set("Referrals", 2, "closed_date", ""), "VAL001", "Referrals", 3, "closed_date"),
        ["VAL002 not in code list"] = (b => b.Set("Referrals", 1, "source", "Doctor"), "VAL002", "Referrals", 2, "source"),
        ["VAL002 one reason of several"] = (b => b.Set("Referrals", 1, "reasons", "LONELINESS;GARDENING"), "VAL002", "Referrals", 2, "reasons"),
        ["VAL002 nil return"] = (b => b.Field("nil_return", "maybe"), "VAL002", "Submission", 5, "value"),
        ["VAL003 wte out of range"] = (b => b.Set("Workforce", 1, "wte", "1.5"), "VAL003", "Workforce", 2, "wte"),
        ["VAL003 US date"] = (b => b.Set("Referrals", 1, "referral_date", "03/31/2024"), "VAL003", "Referrals", 2, "referral_date"),
        ["VAL003 score out of tool range"] = (b => b.Set("Referrals", 1, "wellbeing_baseline", "36"), "VAL003", "Referrals", 2, "wellbeing_baseline"),
        ["VAL003 construct item"] = (b => b.Set("Implementation", 1, "coh1", "6"), "VAL003", "Implementation", 2, "coh1"),
        ["VAL003 end date outside month"] = (b => b.Set("Workforce", 4, "end_date", "2024-02-15"), "VAL003", "Workforce", 5, "end_date"),
        ["VAL003 post id"] = (b => b.Set("Workforce", 1, "post_id", "P 1!"), "VAL003", "Workforce", 2, "post_id"),
        ["VAL004 duplicate referral"] = (b => b.CopyRow("Referrals", 1), "VAL004", "Referrals", 6, "referral_id"),
        ["VAL004 duplicate post"] = (b => b.CopyRow("Workforce", 3), "VAL004", "Workforce", 6, "post_id"),
        ["VAL005 closed before referral"] = (b => b.Set("Referrals", 2, "closed_date", "2024-01-05").Set("Referrals", 2, "referral_date", "2024-03-10").Set("Referrals", 2, "first_contact_date", ""), "VAL005", "Referrals", 3, "closed_date"),
        ["VAL005 contact before referral"] = (b => b.Set("Referrals", 1, "first_contact_date", "2024-03-01"), "VAL005", "Referrals", 2, "first_contact_date"),
        ["VAL005 end before start"] = (b => b.Set("Workforce", 4, "start_date", "2024-03-20"), "VAL005", "Workforce", 5, "end_date"),
        ["VAL006 row outside period"] = (b => b.Set("Referrals", 2, "closed_date", "2024-02-20"), "VAL006", "Referrals", 3, "referral_date"),
        ["VAL007 slow first contact"] = (b => b.Set("Referrals", 2, "referral_date", "2023-11-01").Set("Referrals", 2, "first_contact_date", "2024-03-01"), "VAL007", "Referrals", 3, "first_contact_date"),
        ["VAL008 follow-up without baseline"] = (b => b.Set("Referrals", 2, "wellbeing_baseline", ""), "VAL008", "Referrals", 3, "wellbeing_followup"),
        ["VAL008 closed baseline without follow-up"] = (b => b.Set("Referrals", 2, "wellbeing_followup", ""), "VAL008", "Referrals", 3, "wellbeing_followup"),
        ["VAL009 caseload per WTE"] = (b => b.Set("Workforce", 1, "open_caseload", "400").Set("Workforce", 2, "open_caseload", "200"), "VAL009", "Workforce", null, "open_caseload"),
        ["VAL010 nil return with posts"] = (b => b.Field("nil_return", "Y"), "VAL010", "Submission", null, "value"),
        ["VAL010 referrals with nobody in post"] = (b => b.RemoveSheet("Workforce").Sheet("Workforce", ["post_id", "role", "status", "wte", "funding", "employer", "start_date", "end_date", "open_caseload", "supervision_hours"], ["P3", "SPLW", "VACANT", "1", "ARRS", "PCN_PRACTICE", "", "", "", ""]), "VAL010", "Referrals", null, null),
        ["VAL011 demographic unknown"] = (b => b.Set("Referrals", 1, "ethnic_group", "NOT_STATED").Set("Referrals", 2, "ethnic_group", "not_stated"), "VAL011", "Referrals", null, "ethnic_group"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Zip_return_gets_the_finding_at_the_right_place(string name) => Check(name, b => Validate.Zip(b));

    [Theory]
    [MemberData(nameof(Names))]
    public void Xlsx_return_gets_the_finding_at_the_right_place(string name) => Check(name, b => Validate.Xlsx(b));

    private static void Check(string name, Func<ReturnBuilder, ValidationOutcome> validate)
    {
        var (breakIt, code, sheet, row, column) = Cases[name];
        var outcome = validate(breakIt(ReturnBuilder.Valid()));
        var found = outcome.Findings.Shown.Where(f => f.Code == code).ToList();
        Assert.True(found.Count > 0, $"expected {code}; got:\n{Validate.Describe(outcome)}");
        Assert.Contains(found, f => f.Sheet == sheet && f.Row == row && f.Column == column);
        Assert.All(found, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        var severity = FindingCodes.SeverityOf(code);
        Assert.Equal(severity == Severity.Error, !outcome.Accepted);
        if (severity == Severity.Warning)
        {
            Assert.NotNull(outcome.PcnReturn);
            Assert.All(outcome.Findings.Shown, f => Assert.Equal(Severity.Warning, f.Severity));
        }
        else
        {
            Assert.Null(outcome.PcnReturn);
        }
    }

    [Fact]
    public void All_findings_are_reported_in_one_pass()
    {
        var b = ReturnBuilder.Valid()
            .Set("Referrals", 1, "source", "Doctor")
            .Set("Referrals", 3, "sex", "F")
            .Set("Workforce", 1, "wte", "2")
            .Field("schema_version", "9");
        var codes = Validate.Zip(b).Findings.Shown.Select(f => (f.Code, f.Row)).ToList();
        Assert.Contains(("VAL002", (int?)2), codes);
        Assert.Contains(("VAL002", (int?)4), codes);
        Assert.Contains(("VAL003", (int?)2), codes);
        Assert.Contains(("SUB004", (int?)4), codes);
    }

    [Fact]
    public void Values_are_echoed_truncated_to_50_characters()
    {
        var o = Validate.Zip(ReturnBuilder.Valid().Set("Referrals", 1, "source", new string('x', 80)));
        var f = o.Findings.Shown.Single(x => x.Code == "VAL002");
        Assert.Equal(new string('x', 50), f.Value);
    }

    [Fact]
    public void Findings_are_capped_at_1000_and_the_rest_counted()
    {
        var b = ReturnBuilder.Valid();
        for (var i = 0; i < 1200; i++)
        {
            b.AddRow("Referrals", $"X{i}", "2024-03-05", "Doctor", "LONELINESS", "18-24", "MALE", "WHITE", "", "", "OPEN", "", "", "NONE", "", "", "");
        }
        var o = Validate.Zip(b);
        Assert.Equal(FindingList.Cap, o.Findings.Shown.Count);
        Assert.True(o.Findings.NotShown >= 200);
        Assert.False(o.Accepted);
    }
}
