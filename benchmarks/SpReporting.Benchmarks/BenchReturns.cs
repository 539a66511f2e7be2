using System.Globalization;
using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Benchmarks;

/// <summary>A valid PCN return for U00070, March 2024, with as many referral rows as asked for.</summary>
internal static class BenchReturns
{
    public static Workbook Pcn(int referrals, int seed = 1)
    {
        var r = new Random(seed);
        var submission = new Sheet(PcnSchema.Submission, ["field", "value"],
        [
            new(2, ["pcn_code", "U00070"]), new(3, ["period", "2024-03"]), new(4, ["schema_version", "1"]),
            new(5, ["nil_return", "N"]), new(6, ["submitter_role", "PCN manager"]),
        ]);
        var posts = Enumerable.Range(1, 6).Select(i => new SheetRow(i + 1,
            [$"P{i}", "SPLW", "IN_POST", "0.986667", "ARRS", "PCN_PRACTICE", "2021-05-01", "", "60", "2", "4", "7"])).ToList();
        var rows = new List<SheetRow>(referrals);
        var reasons = CodeLists.Reason.Codes;
        for (var i = 0; i < referrals; i++)
        {
            var day = 1 + r.Next(31);
            var closed = r.Next(3) == 0;
            rows.Add(new SheetRow(i + 2,
            [
                $"R-{i:000000}", $"2024-03-{day:00}", CodeLists.Source.Codes[r.Next(9)], reasons[r.Next(15)] + ";" + reasons[r.Next(15)],
                CodeLists.AgeBand.Codes[r.Next(9)], CodeLists.Sex.Codes[r.Next(3)], CodeLists.EthnicGroup.Codes[r.Next(5)],
                (1 + r.Next(10)).ToString(CultureInfo.InvariantCulture), $"2024-03-{Math.Min(31, day + r.Next(5)):00}",
                closed ? "CLOSED" : "OPEN", closed ? "2024-03-31" : "", closed ? "2" : "", "SWEMWBS", "18", closed ? "22" : "",
                closed ? "SOCIAL_CONNECTION_MADE" : "",
            ]));
        }
        return new Workbook(
        [
            submission,
            new Sheet(PcnSchema.Workforce, PcnSchema.WorkforceColumns, posts),
            new Sheet(PcnSchema.Referrals, PcnSchema.ReferralColumns, rows),
        ]);
    }
}
