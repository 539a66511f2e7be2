using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using SpReporting.Storage.Ledger;

namespace SpReporting.Storage.Ingest;

/// <summary>
/// Finds uploads in <c>returns</c> that have no ledger row (so no receipt) some time after they were
/// written, and ingests them with the same <see cref="IngestService"/> the blob trigger calls. It
/// covers every way a trigger event can go missing: dead-lettered, expired or never sent
/// (docs/storage.md "Uploads without a receipt"). Idempotent, like ingest: an upload with a ledger
/// row is left alone, so running it twice, or alongside a late trigger, gives one receipt.
/// </summary>
public sealed class UploadSweep(StorageAccount storage, IngestService ingest, IngestOptions options, ILogger<UploadSweep> logger)
{
    /// <summary>Ingests every upload last written before <paramref name="now"/> minus <paramref name="grace"/> that the ledger has not seen.</summary>
    public async Task<SweepResult> SweepAsync(TimeSpan grace, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var cutoff = now - grace;
        var unseen = new List<(string BlobName, string UploadKey)>();
        var checkedCount = 0;
        foreach (var partition in (await ListSettledAsync(cutoff, cancellationToken)).GroupBy(u => u.Partition, StringComparer.Ordinal))
        {
            var rows = await LedgerRowsAsync(partition.Key, cancellationToken);
            foreach (var upload in partition)
            {
                checkedCount++;
                if (!rows.Contains(upload.Row)) { unseen.Add((upload.Identity.BlobName, upload.Identity.Key)); }
            }
        }

        var failed = 0;
        foreach (var (blobName, key) in unseen)
        {
            SweepLog.Ingesting(logger, key);
            try
            {
                await ingest.IngestAsync(blobName, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Ingest has written a failure receipt; the next sweep tries again.
                failed++;
                SweepLog.Failed(logger, key, e.GetType().Name);
            }
        }
        SweepLog.Swept(logger, checkedCount, unseen.Count, failed);
        return new SweepResult(checkedCount, unseen.Count - failed, failed);
    }

    /// <summary>The row keys of a period's upload rows: keys only, so a sweep reads little however many uploads there are.</summary>
    private async Task<HashSet<string>> LedgerRowsAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var filter = $"PartitionKey eq '{partition.Replace("'", "''", StringComparison.Ordinal)}' and RowType eq '{LedgerEntry.RowTypeUpload}'";
        await foreach (var e in storage.Submissions.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(e.RowKey);
        }
        return rows;
    }

    /// <summary>The current version of every upload written before the cut-off, with the ledger keys ingest gives it.</summary>
    private async Task<List<(string Partition, string Row, UploadIdentity Identity)>> ListSettledAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var list = new List<(string, string, UploadIdentity)>();
        await foreach (var item in storage.Returns.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if (item.Deleted || item.Properties.LastModified is not { } written || written > cutoff) { continue; }
            var id = IdentityOf(item);
            var (partition, row) = LedgerRows.KeysFor(id);
            list.Add((partition, row, id));
        }
        return list;
    }

    /// <summary>The identity <see cref="UploadContent.ReadAsync"/> gives the same version, so the ledger keys agree.</summary>
    private UploadIdentity IdentityOf(BlobItem item)
    {
        var created = item.Properties.CreatedOn ?? item.Properties.LastModified ?? default;
        var id = item.VersionId is { Length: > 0 } version
            ? UploadIdentity.FromVersion(item.Name, version, created)
            : UploadIdentity.FromEtag(item.Name, item.Properties.ETag?.ToString() ?? "", created);
        if (options.TrustUploadedAtMetadata && UploadContent.TryUploadedAt(item.Metadata, out var at)) { id = id.WithReceivedAt(at); }
        return id;
    }
}
