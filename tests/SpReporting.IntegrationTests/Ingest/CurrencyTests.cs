using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Returns;
using SpReporting.Storage.Control;
using SpReporting.Storage.Partials;
using SpReporting.Validation;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>
/// "The last accepted upload by upload time is current" (RETURNS.md), whatever order, however often
/// and however concurrently uploads are processed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CurrencyTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task An_accepted_resubmission_replaces_the_first_as_current()
    {
        var month = new Month(2023, 2);
        var h = new IngestHarness(fixture);
        var v1 = IngestHarness.PathFor(month, "return-v1.zip");
        var v2 = IngestHarness.PathFor(month, "return-v2.zip");
        await h.UploadAsync(v1, TestReturns.Valid(month, referrals: 2));
        await h.TriggerAsync(v1);
        await h.UploadAsync(v2, TestReturns.Valid(month, referrals: 5));
        await h.TriggerAsync(v2);

        Assert.False((await h.LatestReceiptAsync(v1)).Current);
        Assert.True((await h.LatestReceiptAsync(v2)).Current);
        await AssertCurrentIsAsync(h, month, v2);
        var partial = await new PartialStore(h.Storage.Partials).GetAsync(TestReturns.Pcn, month);
        Assert.Equal((await h.UploadsAsync(month)).Single(u => u.Upload == v2).UploadKey, partial!.UploadKey);
    }

    [Fact]
    public async Task A_rejected_upload_after_an_accepted_one_leaves_the_accepted_one_current()
    {
        var month = new Month(2023, 3);
        var h = new IngestHarness(fixture);
        var good = IngestHarness.PathFor(month, "return-v1.zip");
        var bad = IngestHarness.PathFor(month, "return-v2.zip");
        await h.UploadAsync(good, TestReturns.Valid(month));
        await h.TriggerAsync(good);
        await h.UploadAsync(bad, TestReturns.Invalid(month));
        await h.TriggerAsync(bad);

        var rejected = await h.LatestReceiptAsync(bad);
        Assert.Equal(ReceiptStatus.Rejected, rejected.Status);
        Assert.Contains(rejected.Findings, f => f.Code == FindingCodes.NotInCodeList);
        Assert.False(rejected.Current);
        Assert.True((await h.LatestReceiptAsync(good)).Current);
        await AssertCurrentIsAsync(h, month, good);
        Assert.Null((await h.UploadsAsync(month)).Single(u => u.Upload == bad).CuratedBlob);
    }

    [Fact]
    public async Task When_the_newer_upload_is_processed_first_it_stays_current()
    {
        var month = new Month(2023, 4);
        var h = new IngestHarness(fixture);
        var older = IngestHarness.PathFor(month, "return-v1.zip");
        var newer = IngestHarness.PathFor(month, "return-v2.zip");
        await h.UploadAsync(older, TestReturns.Valid(month, referrals: 2));
        await h.UploadAsync(newer, TestReturns.Valid(month, referrals: 4));

        await h.TriggerAsync(newer);
        await h.TriggerAsync(older);

        await AssertCurrentIsAsync(h, month, newer);
        Assert.True((await h.LatestReceiptAsync(newer)).Current);
        Assert.False((await h.LatestReceiptAsync(older)).Current);
        var partial = await new PartialStore(h.Storage.Partials).GetAsync(TestReturns.Pcn, month);
        Assert.Equal((await h.UploadsAsync(month)).Single(u => u.Upload == newer).UploadKey, partial!.UploadKey);
    }

    [Fact]
    public async Task Uploads_processed_concurrently_and_repeatedly_leave_the_latest_accepted_current()
    {
        var month = new Month(2023, 8);
        var h = new IngestHarness(fixture);
        var paths = new List<string>();
        for (var v = 1; v <= 5; v++)
        {
            var path = IngestHarness.PathFor(month, $"return-v{v}.zip");
            // v5, the latest, is rejected: v4 must end current.
            await h.UploadAsync(path, v == 5 ? TestReturns.Invalid(month) : TestReturns.Valid(month, referrals: v));
            paths.Add(path);
        }

        // Every upload twice, in both orders at once: the pointer and the reconciler must sort it out.
        await Task.WhenAll(paths.Concat(Enumerable.Reverse(paths)).Select(p => Task.Run(() => h.TriggerAsync(p))));

        await AssertCurrentIsAsync(h, month, paths[3]);
        for (var i = 0; i < paths.Count; i++)
        {
            Assert.Equal(i == 3, (await h.LatestReceiptAsync(paths[i])).Current);
        }
    }

    [Fact]
    public async Task An_upload_for_a_locked_period_is_rejected_with_SUB005_and_changes_nothing_current()
    {
        var month = new Month(2023, 6);
        var h = new IngestHarness(fixture);
        var first = IngestHarness.PathFor(month, "return-v1.zip");
        var late = IngestHarness.PathFor(month, "return-v2.zip");
        await h.UploadAsync(first, TestReturns.Valid(month));
        await h.TriggerAsync(first);
        var partialBefore = await new PartialStore(h.Storage.Partials).GetAsync(TestReturns.Pcn, month);
        var control = new ControlStore(h.Storage.Control);
        // Locked from just after the first upload was received (both are the storage service's times).
        var lockedAt = (await h.CurrentAsync(month))!.ReceivedAt.AddMilliseconds(1);
        await control.LockPeriodAsync(ReturnKind.Pcn, month.ToString(), lockedAt);
        try
        {
            await h.UploadAsync(late, TestReturns.Valid(month, referrals: 7));
            await h.TriggerAsync(late);

            var receipt = await h.LatestReceiptAsync(late);
            Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
            Assert.Contains(receipt.Findings, f => f.Code == FindingCodes.PeriodLocked);
            await AssertCurrentIsAsync(h, month, first);
            var partialAfter = await new PartialStore(h.Storage.Partials).GetAsync(TestReturns.Pcn, month);
            Assert.Equal(partialBefore!.UploadKey, partialAfter!.UploadKey);

            // Re-processing the first upload, received before the lock, keeps its outcome.
            await h.TriggerAsync(first);
            Assert.NotEqual(ReceiptStatus.Rejected, (await h.LatestReceiptAsync(first)).Status);
            await AssertCurrentIsAsync(h, month, first);
        }
        finally
        {
            await control.UnlockPeriodAsync(ReturnKind.Pcn, month.ToString());
        }
    }

    private static async Task AssertCurrentIsAsync(IngestHarness h, Month month, string upload)
    {
        var rows = await h.UploadsAsync(month);
        var current = Assert.Single(rows, r => r.Current);
        Assert.Equal(upload, current.Upload);
        Assert.Equal(current.UploadKey, (await h.CurrentAsync(month))!.UploadKey);
    }
}
