using Azure;
using Azure.Data.Tables;
using SpReporting.Storage.Tables;

namespace SpReporting.Storage.Ledger;

/// <summary>
/// The submissions ledger table. "Current" is decided with optimistic concurrency on a pointer row
/// per organisation-period that only ever moves to a greater upload key, so uploads processed
/// concurrently, twice or out of order all end with the latest accepted upload current.
/// </summary>
public sealed class SubmissionLedger(TableClient table)
{
    private const int MaxAttempts = 50;

    public TableClient Table { get; } = table;

    public async Task<CurrentPointer?> GetCurrentAsync(string partition, string organisationCode, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partition, LedgerKeys.Pointer(organisationCode), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null) { return null; }
        var e = row.Value;
        return new CurrentPointer(e.GetString("UploadKey"), e.GetString("UploadId"), e.GetString("Upload"),
            e.GetDateTimeOffset("ReceivedAt") ?? default, e.ETag);
    }

    /// <summary>
    /// Offers an accepted upload as current: the pointer moves to it unless it already names a later
    /// upload. Returns the pointer's upload key after the offer. Safe to repeat.
    /// </summary>
    public async Task<string> OfferAcceptedAsync(string partition, string organisationCode, UploadIdentity upload, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await GetCurrentAsync(partition, organisationCode, cancellationToken);
            if (current is not null && string.CompareOrdinal(current.UploadKey, upload.Key) >= 0) { return current.UploadKey; }
            var entity = new TableEntity(partition, LedgerKeys.Pointer(organisationCode))
            {
                ["RowType"] = "current",
                ["OrganisationCode"] = organisationCode,
                ["UploadKey"] = upload.Key,
                ["UploadId"] = upload.UploadId,
                ["Upload"] = upload.BlobName,
                ["ReceivedAt"] = upload.ReceivedAt,
            };
            try
            {
                if (current is null) { await Table.AddCheckedAsync(entity, cancellationToken); }
                else { await Table.UpdateCheckedAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken); }
                return upload.Key;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Someone else moved the pointer since we read it: read again and compare again.
            }
        }
        throw new InvalidOperationException($"The current-upload pointer {partition}/{organisationCode} kept changing; giving up after {MaxAttempts} attempts.");
    }

    /// <summary>Writes (or rewrites, identically) one upload's row.</summary>
    public Task WriteAsync(LedgerEntry entry, CancellationToken cancellationToken = default) =>
        Table.UpsertCheckedAsync(entry.ToEntity(), TableUpdateMode.Replace, cancellationToken);

    public async Task<LedgerEntry?> FindAsync(string partition, string row, CancellationToken cancellationToken = default)
    {
        var e = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        return e.HasValue && e.Value is not null ? LedgerEntry.FromEntity(e.Value) : null;
    }

    /// <summary>Every upload of one organisation for one period, oldest first, with the ETags read.</summary>
    public async Task<IReadOnlyList<(LedgerEntry Entry, ETag ETag)>> UploadsAsync(string partition, string organisationCode, CancellationToken cancellationToken = default)
    {
        var list = new List<(LedgerEntry, ETag)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(LedgerKeys.UploadsFilter(partition, organisationCode), cancellationToken: cancellationToken))
        {
            list.Add((LedgerEntry.FromEntity(e), e.ETag));
        }
        return list;
    }

    /// <summary>Every upload row of a period, all organisations: what the late/missing report reads.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> UploadsInPeriodAsync(string partition, CancellationToken cancellationToken = default)
    {
        var list = new List<LedgerEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>($"PartitionKey eq '{partition}' and RowType eq '{LedgerEntry.RowTypeUpload}'", cancellationToken: cancellationToken))
        {
            list.Add(LedgerEntry.FromEntity(e));
        }
        return list;
    }

    /// <summary>Sets only the Current flag, if the row is unchanged since it was read; false if it changed.</summary>
    public async Task<bool> TrySetCurrentAsync(LedgerEntry entry, ETag ifMatch, bool current, CancellationToken cancellationToken = default)
    {
        var patch = new TableEntity(entry.Partition, entry.Row) { ["Current"] = current };
        try
        {
            await Table.UpdateCheckedAsync(patch, ifMatch, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }
}
