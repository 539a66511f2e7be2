using Azure;
using Azure.Data.Tables;

namespace SpReporting.Storage.Tables;

/// <summary>
/// The only way this project writes to Table storage: each call checks <see cref="TableLimits"/>
/// first, so a write that Azure would refuse fails here, locally, with a clear message.
/// </summary>
public static class CheckedTableWrites
{
    public static Task<Response> AddCheckedAsync(this TableClient table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableLimits.CheckEntity(entity);
        return table.AddEntityAsync(entity, cancellationToken);
    }

    public static Task<Response> UpsertCheckedAsync(this TableClient table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        TableLimits.CheckEntity(entity);
        return table.UpsertEntityAsync(entity, mode, cancellationToken);
    }

    /// <summary>Optimistic update: fails with 412 when <paramref name="ifMatch"/> is no longer the entity's ETag.</summary>
    public static Task<Response> UpdateCheckedAsync(this TableClient table, TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        TableLimits.CheckEntity(entity);
        return table.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken);
    }

    public static Task<Response> DeleteCheckedAsync(this TableClient table, string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        TableLimits.CheckKey(partitionKey, "PartitionKey");
        TableLimits.CheckKey(rowKey, "RowKey");
        return table.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);
    }

    /// <summary>One transaction: one partition, at most 100 actions and 4 MiB (use <see cref="TableBatches.Plan"/> to split).</summary>
    public static async Task<Response<IReadOnlyList<Response>>> SubmitCheckedAsync(this TableClient table, IReadOnlyCollection<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        TableLimits.CheckBatch(actions);
        return await table.SubmitTransactionAsync(actions, cancellationToken);
    }

    /// <summary>Submits any number of actions as the fewest valid transactions (grouped by partition).</summary>
    public static async Task<int> SubmitAllCheckedAsync(this TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var batches = 0;
        foreach (var batch in TableBatches.Plan(actions))
        {
            await table.SubmitCheckedAsync(batch, cancellationToken);
            batches++;
        }
        return batches;
    }
}
