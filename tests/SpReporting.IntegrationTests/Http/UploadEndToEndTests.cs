using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Storage.Access;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// The right caller, end to end against Azurite: upload accepted (202 with the receipt's location),
/// the blob trigger ingests it, and the caller reads the receipt there and finds it in its list.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploadEndToEndTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private const string Pcn = "U52641";
    private static readonly CallerId Submitter = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641bbbb001");
    private readonly HttpHarness _h = new(fixture);

    public Task InitializeAsync() => _h.Access.GrantAsync(Submitter, [$"PCN/{Pcn.ToLowerInvariant()}"], []);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Upload_is_accepted_ingested_and_its_receipt_read_by_the_submitter()
    {
        var month = new Month(2022, 3);
        var content = TestReturns.Valid(month, referrals: 5, pcn: Pcn);
        var path = $"pcn/{Pcn}/{month}/june-return.zip";

        var upload = HttpHarness.Response(await _h.Upload.RunAsync(HttpHarness.Post($"returns/{path}", Submitter, content),
            "pcn", Pcn.ToLowerInvariant(), month.ToString(), "june-return.zip", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var location = upload.Header("Location");
        Assert.Equal($"/api/receipts/pcn/{Pcn}/{month}/june-return.zip", location);
        using var accepted = JsonDocument.Parse(upload.BodyText());
        Assert.Equal(path, accepted.RootElement.GetProperty("upload").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), accepted.RootElement.GetProperty("sha256").GetString());
        var stored = await _h.Storage.Returns.GetBlobClient(path).DownloadContentAsync();
        Assert.Equal(content, stored.Value.Content.ToArray());
        Assert.Equal(Submitter.ToString(), stored.Value.Details.Metadata[SpReporting.Functions.Http.UploadReturn.SubmittedByMetadata]);

        // Before the trigger runs, the receipt location says the upload is still being processed.
        var pending = HttpHarness.Response(await _h.Receipt.RunAsync(HttpHarness.Request("GET", location![5..], Submitter),
            "pcn", Pcn, month.ToString(), "june-return.zip", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Accepted, pending.StatusCode);

        var ingest = new IngestHarness(fixture);
        await ingest.TriggerAsync(path);

        var read = HttpHarness.Response(await _h.Receipt.RunAsync(HttpHarness.Request("GET", location[5..], Submitter),
            "pcn", Pcn, month.ToString(), "june-return.zip", CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var receipt = ReceiptJson.Deserialize(read.BodyText());
        Assert.NotNull(receipt);
        Assert.Equal(path, receipt.Upload);
        Assert.True(receipt.Status != ReceiptStatus.Rejected, read.BodyText());
        Assert.True(receipt.Current);
        Assert.Equal(5, receipt.Counts!["referrals"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), receipt.Sha256);

        var list = HttpHarness.Response(await _h.Receipts.RunAsync(HttpHarness.Request("GET", $"receipts/pcn/{Pcn}?period={month}", Submitter),
            "pcn", Pcn, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using var listed = JsonDocument.Parse(list.BodyText());
        var items = listed.RootElement.GetProperty("receipts").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("upload").GetString() == path && i.GetProperty("receipt").GetString() == location);
        Assert.DoesNotContain(items, i => i.GetProperty("upload").GetString()!.Contains(".uploads/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receipt_of_an_upload_never_made_is_404()
    {
        var response = HttpHarness.Response(await _h.Receipt.RunAsync(HttpHarness.Request("GET", $"receipts/pcn/{Pcn}/2022-07/none.zip", Submitter),
            "pcn", Pcn, "2022-07", "none.zip", CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
