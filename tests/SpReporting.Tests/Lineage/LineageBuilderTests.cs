using SpReporting.Lineage;
using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Tests.Lineage;

public class LineageBuilderTests
{
    private static Organisation Org(string code, DateOnly? close = null) =>
        new(code, code + " PCN", "S01", "Sub", "I01", "I01 ICB", "Y01", "Region", new DateOnly(2019, 7, 1), close, 10_000, 5);

    private static readonly DateTimeOffset T = new(2024, 5, 10, 9, 0, 0, TimeSpan.Zero);

    // April 2024. U00001: a superseded upload and a current late one: counted late, naming the current one.
    // U00002: only a rejected upload: rejected, naming none. U00003: nothing: missing. U00004 closed in March:
    // not expected, not listed. The ICB's current plan for 2024-Q1 (April to June 2024) is on every line;
    // its superseded plan is not.
    [Fact]
    public void Each_expected_return_names_its_current_upload_or_says_why_not()
    {
        var orgs = new OrganisationRegistry([Org("U00001"), Org("U00002"), Org("U00003"), Org("U00004", new DateOnly(2024, 3, 31))]);
        LineageUpload[] pcn =
        [
            new("U00001", "2024-04", "old", T, Late: false, Accepted: true, Current: false),
            new("U00001", "2024-04", "new", T.AddDays(5), Late: true, Accepted: true, Current: true),
            new("U00002", "2024-04", "bad", T, Late: false, Accepted: false, Current: false),
            new("U00004", "2024-04", "gone", T, Late: false, Accepted: true, Current: true),
        ];
        LineageUpload[] icb =
        [
            new("I01", "2024-Q1", "plan-old", T, false, true, false),
            new("I01", "2024-Q1", "plan", T.AddDays(1), false, true, true),
        ];
        var rows = LineageBuilder.Rows(orgs, [Month.Parse("2024-04")], pcn, icb).ToList();
        Assert.Equal(["U00001", "U00002", "U00003"], rows.Select(r => r.PcnCode));
        Assert.Equal((LineageState.CountedLate, "new"), (rows[0].State, rows[0].UploadId));
        Assert.Equal((LineageState.Rejected, (string?)null), (rows[1].State, rows[1].UploadId));
        Assert.Equal((LineageState.Missing, (string?)null), (rows[2].State, rows[2].UploadId));
        Assert.All(rows, r => Assert.Equal("plan", r.IcbPlanUploadId));

        using var stream = new MemoryStream();
        LineageCsvWriter.Write(stream, rows);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("pcn_code,icb_code,region_code,period,state,upload_id,received,late,icb_plan_upload_id", lines[0]);
        Assert.Equal("U00001,I01,Y01,2024-04,counted_late,new,2024-05-15T09:00:00Z,yes,plan", lines[1]);
        Assert.Equal("U00003,I01,Y01,2024-04,missing,,,,plan", lines[3]);
    }
}
