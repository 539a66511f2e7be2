using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Storage.Receipts;
using SpReporting.Validation;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>Receipt addresses: the latest upload at a path owns <c>{path}.json</c>; every upload keeps its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReceiptOrderTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task An_older_receipt_written_late_never_replaces_the_newer_one_at_the_path()
    {
        var store = new ReceiptStore(fixture.Storage.Receipts);
        const string path = "pcn/U00070/2022-06/return.zip";
        var newer = Receipt("new-id", new DateTimeOffset(2022, 7, 3, 0, 0, 0, TimeSpan.Zero));
        var older = Receipt("old-id", new DateTimeOffset(2022, 7, 1, 0, 0, 0, TimeSpan.Zero));

        await store.WriteAsync(newer, "20220703T0000000000000Z-bbbbbbbbbbbb");
        await store.WriteAsync(older, "20220701T0000000000000Z-aaaaaaaaaaaa");

        Assert.Equal("new-id", (await store.ReadAsync(ReceiptStore.LatestBlobName(path)))!.UploadId);
        Assert.Equal("old-id", (await store.ReadAsync(ReceiptStore.UploadBlobName(path, "20220701T0000000000000Z-aaaaaaaaaaaa")))!.UploadId);
        Assert.Equal("new-id", (await store.ReadAsync(ReceiptStore.UploadBlobName(path, "20220703T0000000000000Z-bbbbbbbbbbbb")))!.UploadId);

        // Changing the older upload's current flag touches only its own receipt.
        await store.SetCurrentAsync(path, "20220701T0000000000000Z-aaaaaaaaaaaa", current: false);
        Assert.False((await store.ReadAsync(ReceiptStore.UploadBlobName(path, "20220701T0000000000000Z-aaaaaaaaaaaa")))!.Current);
        Assert.True((await store.ReadAsync(ReceiptStore.LatestBlobName(path)))!.Current);

        static Receipt Receipt(string id, DateTimeOffset at) =>
            SpReporting.Receipts.Receipt.From(path, id, "00", at, new ValidationOutcome(new FindingList(), new Dictionary<string, int>(), false), current: true);
    }

    [Fact]
    public async Task Overwriting_a_file_name_is_a_new_upload_with_its_own_ledger_row_and_the_latest_receipt()
    {
        var month = new Month(2022, 5);
        var h = new IngestHarness(fixture);
        var path = IngestHarness.PathFor(month, "return.zip");
        await h.UploadAsync(path, TestReturns.Valid(month, referrals: 2));
        await h.TriggerAsync(path);
        await h.UploadAsync(path, TestReturns.Valid(month, referrals: 3));
        await h.TriggerAsync(path);

        var rows = await h.UploadsAsync(month);
        Assert.Equal(2, rows.Count);
        Assert.Equal(3, rows.Single(r => r.Current).Counts["referrals"]);
        var latest = await h.LatestReceiptAsync(path);
        Assert.Equal(3, latest.Counts["referrals"]);
        Assert.True(latest.Current);
        var first = await new ReceiptStore(h.Storage.Receipts).ReadAsync(rows.Single(r => !r.Current).ReceiptBlob);
        Assert.Equal(2, first!.Counts["referrals"]);
        Assert.False(first.Current);
    }
}
