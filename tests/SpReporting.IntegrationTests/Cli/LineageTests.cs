using SpReporting.Cli;
using SpReporting.IntegrationTests.Support;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Sampling;
using SpReporting.Storage.Ledger;

namespace SpReporting.IntegrationTests.Cli;

/// <summary>lineage.csv, as <c>spr run</c> publishes it, names exactly the ledger's current uploads for an area.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LineageTests(AzuriteFixture fixture) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spr-lineage-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Lineage_for_an_area_equals_the_ledgers_current_uploads()
    {
        var sample = Path.Combine(_dir, "sample");
        SampleWriter.Write(new SampleOptions { Months = 3, Pcns = 4, Seed = 23 }, OrganisationRegistry.Default, sample);
        var output = Path.Combine(_dir, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["run", sample, "--out", output, "--storage", fixture.ConnectionString], stdout, stderr);
        Assert.True(code == CommandLine.Ok, stdout.ToString() + stderr);

        var lines = File.ReadAllLines(Path.Combine(output, "exports", "lineage.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(x => x.First, x => x.Second)).ToList();
        var icb = rows.First(r => r["state"].StartsWith("counted", StringComparison.Ordinal))["icb_code"];
        var area = rows.Where(r => r["icb_code"] == icb).ToList();

        var ledger = new SubmissionLedger(fixture.Storage.Submissions);
        var expected = new HashSet<(string, string, string)>();
        foreach (var period in area.Select(r => r["period"]).Distinct())
        {
            foreach (var e in await ledger.UploadsInPeriodAsync(LedgerKeys.PeriodKey(ReturnKind.Pcn, period)))
            {
                if (e.Current && e.Accepted && area.Any(r => r["pcn_code"] == e.OrganisationCode && r["period"] == period)) { expected.Add((e.OrganisationCode!, period, e.UploadId)); }
            }
        }
        var counted = area.Where(r => r["state"].StartsWith("counted", StringComparison.Ordinal)).Select(r => (r["pcn_code"], r["period"], r["upload_id"])).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(x => x), counted.OrderBy(x => x));
        // Every other PCN-month of the area is missing or rejected and names no upload.
        Assert.All(area.Where(r => !r["state"].StartsWith("counted", StringComparison.Ordinal)), r =>
        {
            Assert.Contains(r["state"], new[] { "missing", "rejected" });
            Assert.Equal("", r["upload_id"]);
        });
        Assert.True(File.Exists(Path.Combine(output, "site", "downloads", "lineage.csv")));
        var panel = File.ReadAllText(Path.Combine(output, "site", "data", "lineage", icb + ".json"));
        Assert.All(counted, c => Assert.Contains($"\"upload\":\"{c.Item3}\"", panel, StringComparison.Ordinal));
    }
}
