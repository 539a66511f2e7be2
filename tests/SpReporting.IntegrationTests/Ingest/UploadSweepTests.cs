using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Configuration;
using SpReporting.Functions;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Returns;
using SpReporting.Storage.Ingest;
using SpReporting.Storage.Ledger;
using SpReporting.Storage.Receipts;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>
/// Uploads whose trigger event is lost (dead-lettered, expired, never sent): the sweep finds them
/// after the grace period and gives each one receipt and one ledger row, however often it runs.
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class UploadSweepTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Uploads_whose_trigger_was_lost_get_exactly_one_receipt_however_often_the_sweep_runs()
    {
        var h = new IngestHarness(fixture);
        var months = new[] { new Month(2022, 4), new Month(2022, 5), new Month(2022, 6) };
        var triggered = new List<string>();
        var lost = new List<string>();
        foreach (var month in months)
        {
            var path = IngestHarness.PathFor(month, "return.zip");
            await h.UploadAsync(path, TestReturns.Valid(month, referrals: 3));
            if (month == months[1]) { await h.TriggerAsync(path); triggered.Add(path); } else { lost.Add(path); }
        }
        var plan = $"icb/{TestReturns.Icb}/2022-Q1/plan.zip";
        await h.UploadAsync(plan, TestReturns.IcbValid(new Quarter(2022, 1)));
        lost.Add(plan);
        var misplaced = "notes/readme.txt"; // not a return path: ingest rejects it with a receipt
        await h.UploadAsync(misplaced, "not a return"u8.ToArray());
        lost.Add(misplaced);
        var bad = IngestHarness.PathFor(months[0], "rejected.zip");
        await h.UploadAsync(bad, TestReturns.Invalid(months[0]));
        await h.TriggerAsync(bad);
        triggered.Add(bad);
        foreach (var path in lost) { Assert.Equal(0, await ReceiptCountAsync(h, path)); }

        var sweep = Sweep(h);
        var late = DateTimeOffset.UtcNow.AddMinutes(20);
        var first = await sweep.SweepAsync(TimeSpan.FromMinutes(15), late);
        var second = await sweep.SweepAsync(TimeSpan.FromMinutes(15), late.AddMinutes(15));

        Assert.Equal(lost.Count, first.Ingested);
        Assert.Equal(0, first.Failed);
        Assert.Equal(0, second.Ingested);
        Assert.True(second.Checked >= lost.Count + triggered.Count, $"{second.Checked} checked");
        foreach (var path in lost.Concat(triggered))
        {
            Assert.Equal(1, await ReceiptCountAsync(h, path));
            Assert.Equal(1, await LedgerRowCountAsync(h, path));
        }
        Assert.NotEqual(ReceiptStatus.Rejected, (await h.LatestReceiptAsync(lost[0])).Status);
        Assert.True((await h.CurrentAsync(months[2]))?.UploadKey is { Length: > 0 });
    }

    [Fact]
    public async Task An_upload_younger_than_the_grace_period_is_left_to_its_trigger()
    {
        var h = new IngestHarness(fixture);
        var month = new Month(2022, 9);
        var path = IngestHarness.PathFor(month, "fresh.zip");
        await h.UploadAsync(path, TestReturns.Valid(month));

        var result = await Sweep(h).SweepAsync(TimeSpan.FromMinutes(15), DateTimeOffset.UtcNow);

        Assert.Equal(0, await ReceiptCountAsync(h, path));
        Assert.DoesNotContain(h.Logs.Entries, e => e.Contains("no receipt after the grace period", StringComparison.Ordinal) && e.Contains(month.ToString(), StringComparison.Ordinal));
        Assert.Equal(0, result.Failed);
        // Once the grace period has passed it is swept.
        await Sweep(h).SweepAsync(TimeSpan.FromMinutes(15), DateTimeOffset.UtcNow.AddMinutes(16));
        Assert.Equal(1, await ReceiptCountAsync(h, path));
    }

    [Fact]
    public async Task The_timer_function_reads_its_grace_period_from_settings()
    {
        var h = new IngestHarness(fixture);
        var month = new Month(2022, 11);
        var path = IngestHarness.PathFor(month, "timer.zip");
        await h.UploadAsync(path, TestReturns.Valid(month));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SWEEP_GRACE_MINUTES"] = "0" }).Build();

        await new SweepUploads(Sweep(h), config, h.Logs.For<SweepUploads>()).RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        Assert.Equal(1, await ReceiptCountAsync(h, path));
    }

    private static UploadSweep Sweep(IngestHarness h) => new(h.Storage, h.Service, new IngestOptions(), h.Logs.For<UploadSweep>());

    /// <summary>
    /// Per-upload receipts (one per ingested version) under the upload's receipt folder; an upload whose name
    /// is not a return path has its receipts under <c>unrecognised/{upload key}</c>, found from its ledger rows.
    /// </summary>
    private static async Task<int> ReceiptCountAsync(IngestHarness h, string path)
    {
        var folders = new List<string>();
        if (UploadPath.Check(path).Path is null)
        {
            await foreach (var e in h.Storage.Submissions.QueryAsync<Azure.Data.Tables.TableEntity>($"Upload eq '{path}' and RowType eq '{LedgerEntry.RowTypeUpload}'"))
            {
                folders.Add(UnrecognisedUploads.ReceiptPath(e.RowKey));
            }
        }
        else
        {
            folders.Add(path);
        }
        var count = 0;
        foreach (var folder in folders)
        {
            await foreach (var _ in h.Storage.Receipts.GetBlobsAsync(new GetBlobsOptions { Prefix = ReceiptStore.UploadBlobName(folder, "x")[..^"x.json".Length] })) { count++; }
        }
        return count;
    }

    private static async Task<int> LedgerRowCountAsync(IngestHarness h, string path)
    {
        var count = 0;
        await foreach (var e in h.Storage.Submissions.QueryAsync<Azure.Data.Tables.TableEntity>($"Upload eq '{path}' and RowType eq '{LedgerEntry.RowTypeUpload}'")) { count++; }
        return count;
    }
}
