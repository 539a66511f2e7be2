using Azure;
using Azure.Data.Tables;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Returns;
using SpReporting.Storage.Ledger;
using SpReporting.Storage.Tables;

namespace SpReporting.Storage.Partials;

/// <summary>
/// The partials table: PartitionKey = the month (<c>pcn_2024-03</c>), RowKey = the PCN code, so
/// merging a month for any area is one partition scan. Each entity holds the partial of its PCN's
/// current (latest accepted) upload: a write only replaces an entity from an earlier upload.
/// </summary>
public sealed class PartialStore(TableClient table)
{
    private const int MaxAttempts = 50;

    public TableClient Table { get; } = table;

    public static string Partition(Month month) => LedgerKeys.PeriodKey(ReturnKind.Pcn, month.ToString());

    /// <summary>ICB plans live beside the partials: partition <c>icb_2024-Q1</c>, one row per ICB (see <see cref="PlanPartial"/>).</summary>
    public static string PlanPartition(Quarter quarter) => LedgerKeys.PeriodKey(ReturnKind.Icb, quarter.ToString());

    /// <summary>Stores the partial unless the entity already holds one from a later upload. True when written.</summary>
    public async Task<bool> WriteIfNotOlderAsync(string partition, string code, Partial partial, UploadIdentity upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var entity = PartialEntity.ToEntity(partition, code, partial, upload.Key, upload.UploadId, upload.BlobName);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await Table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey,
                ["UploadKey"], cancellationToken);
            var existingKey = existing.HasValue ? existing.Value?.GetString("UploadKey") : null;
            if (existingKey is not null && string.CompareOrdinal(existingKey, upload.Key) > 0) { return false; }
            try
            {
                if (!existing.HasValue || existing.Value is null) { await Table.AddCheckedAsync(entity, cancellationToken); }
                else { await Table.UpdateCheckedAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken); }
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Written concurrently: compare with what is there now.
            }
        }
        throw new InvalidOperationException($"Partial {entity.PartitionKey}/{entity.RowKey} kept changing; giving up after {MaxAttempts} attempts.");
    }

    public async Task<StoredPartial?> GetAsync(string pcnCode, Month month, CancellationToken cancellationToken = default)
    {
        var e = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(month), KeyText.Encode(pcnCode), cancellationToken: cancellationToken);
        return e.HasValue && e.Value is not null ? ToStored(e.Value, month) : null;
    }

    /// <summary>Every PCN's partial for one month (one partition scan).</summary>
    public async Task<IReadOnlyList<StoredPartial>> ReadMonthAsync(Month month, CancellationToken cancellationToken = default)
    {
        var list = new List<StoredPartial>();
        await foreach (var e in Table.QueryAsync<TableEntity>($"PartitionKey eq '{Partition(month)}'", cancellationToken: cancellationToken))
        {
            list.Add(ToStored(e, month));
        }
        return list;
    }

    /// <summary>Every stored partial and plan (a full table scan, in partition order): what a refresh merges.</summary>
    public async IAsyncEnumerable<(string Partition, string Code, Partial Partial)> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return (e.PartitionKey, e.GetString("PcnCode"), PartialEntity.FromEntity(e));
        }
    }

    private static StoredPartial ToStored(TableEntity e, Month month) =>
        new(e.GetString("PcnCode"), month.ToString(), PartialEntity.FromEntity(e), e.GetString("UploadKey"), e.GetString("UploadId"));
}
