using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Storage.Curated;
using SpReporting.Storage.Partials;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>A schema version 2 return through ingest on Azurite: the Utilisation rows reach the curated record and the partial.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UtilisationIngestTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task A_version_2_return_is_curated_with_its_utilisation_rows_and_they_reach_the_partial()
    {
        var month = new Month(2023, 12);
        var h = new IngestHarness(fixture);
        var path = IngestHarness.PathFor(month, "return-v2.zip");
        await h.UploadAsync(path, TestReturns.Version2(month));
        await h.TriggerAsync(path);

        var receipt = await h.LatestReceiptAsync(path);
        Assert.NotEqual(ReceiptStatus.Rejected, receipt.Status);
        var row = Assert.Single(await h.UploadsAsync(month));
        Assert.Equal(2, row.Counts["utilisation"]);

        var curated = await new CuratedStore(h.Storage.Curated).ReadAsync(row.CuratedBlob!);
        Assert.Equal(
            [
                new SpReporting.Returns.Pcn.UtilisationRow("R-OLD-001", new DateOnly(2023, 6, 5), 8, 5, 1, 0),
                new SpReporting.Returns.Pcn.UtilisationRow("R-OLD-002", new DateOnly(2023, 6, 5), 3, 4, null, null),
            ],
            curated.Pcn!.UtilisationRows);

        var partial = (await new PartialStore(h.Storage.Partials).GetAsync(TestReturns.Pcn, month))!.Partial;
        Assert.Equal(2, partial[SpReporting.Partials.Components.UseRows]);
        Assert.Equal(-2, partial[SpReporting.Partials.Components.UseGpSum]); // -3 and +1
        Assert.Equal(1, partial[SpReporting.Partials.Components.UseGpReduced]);
        Assert.Equal(1, partial[SpReporting.Partials.Components.UseAeN]);
    }

    [Fact]
    public async Task A_version_1_return_is_curated_without_any_utilisation_field()
    {
        var month = new Month(2024, 1);
        var h = new IngestHarness(fixture);
        var path = IngestHarness.PathFor(month, "return-v1.zip");
        await h.UploadAsync(path, TestReturns.Valid(month));
        await h.TriggerAsync(path);

        var row = Assert.Single(await h.UploadsAsync(month));
        var blob = h.Storage.Curated.GetBlobClient(row.CuratedBlob!);
        var json = (await blob.DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"referrals\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("utilisation", json, StringComparison.OrdinalIgnoreCase);
        var curated = await new CuratedStore(h.Storage.Curated).ReadAsync(row.CuratedBlob!);
        Assert.Empty(curated.Pcn!.UtilisationRows);
    }
}
