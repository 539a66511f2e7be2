using SpReporting.Storage.Ledger;
using SpReporting.Storage.Receipts;

namespace SpReporting.Storage.Ingest;

/// <summary>
/// Brings every upload row (and receipt) of one organisation-period in line with the current-upload
/// pointer: <c>current</c> is true exactly for the upload the pointer names. Repeats until the pointer
/// did not move while it worked, so a reconciler working from a stale pointer always corrects itself.
/// Every ingest runs it after writing its own row, so the partition converges whatever the order.
/// </summary>
public sealed class CurrencyReconciler(SubmissionLedger ledger, ReceiptStore receipts)
{
    private const int MaxRounds = 20;

    /// <returns>The key of the current upload, or null when no upload has been accepted.</returns>
    public async Task<string?> ReconcileAsync(string partition, string organisationCode, CancellationToken cancellationToken = default)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var pointer = await ledger.GetCurrentAsync(partition, organisationCode, cancellationToken);
            var settled = true;
            foreach (var (entry, etag) in await ledger.UploadsAsync(partition, organisationCode, cancellationToken))
            {
                var shouldBe = pointer is not null && entry.UploadKey == pointer.UploadKey;
                if (entry.Current == shouldBe) { continue; }
                // Receipts first: if we stop half way, the row still disagrees and the next run redoes both.
                await receipts.SetCurrentAsync(entry.Upload, entry.UploadKey, shouldBe, cancellationToken);
                settled &= await ledger.TrySetCurrentAsync(entry, etag, shouldBe, cancellationToken);
            }
            var after = await ledger.GetCurrentAsync(partition, organisationCode, cancellationToken);
            if (settled && after?.ETag == pointer?.ETag) { return pointer?.UploadKey; }
        }
        throw new InvalidOperationException($"Current flags for {partition}/{organisationCode} did not settle after {MaxRounds} rounds.");
    }
}
