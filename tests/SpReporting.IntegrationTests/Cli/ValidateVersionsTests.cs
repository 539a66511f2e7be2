using SpReporting.Cli;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;

namespace SpReporting.IntegrationTests.Cli;

/// <summary><c>spr validate</c> gives the receipt ingest gives, for schema version 1 and version 2 returns alike.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ValidateVersionsTests(AzuriteFixture fixture) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spr-validate-versions-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Validate_and_ingest_agree_on_status_counts_and_findings(int version)
    {
        var month = new Month(2024, version == 1 ? 5 : 6);
        var bytes = version == 1 ? TestReturns.Valid(month) : TestReturns.Version2(month);
        var path = IngestHarness.PathFor(month, $"return-schema{version}.zip");
        var file = Path.Combine(_dir, $"return-schema{version}.zip");
        await File.WriteAllBytesAsync(file, bytes);

        var h = new IngestHarness(fixture);
        await h.UploadAsync(path, bytes);
        await h.TriggerAsync(path);
        var ingested = await h.LatestReceiptAsync(path);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["validate", file, "--as", path, "--received", ingested.ReceivedAt.ToString("O")], stdout, stderr);
        var validated = ReceiptJson.Deserialize(stdout.ToString())!;

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal(ingested.Status, validated.Status);
        Assert.Equal(ingested.Counts.OrderBy(c => c.Key), validated.Counts.OrderBy(c => c.Key));
        Assert.Equal(ingested.Findings.Select(f => (f.Code, f.Sheet, f.Row, f.Column)), validated.Findings.Select(f => (f.Code, f.Sheet, f.Row, f.Column)));
        Assert.Equal(version == 2, validated.Counts.ContainsKey("utilisation"));
    }
}
