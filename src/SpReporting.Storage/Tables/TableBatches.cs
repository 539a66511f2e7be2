using Azure.Data.Tables;

namespace SpReporting.Storage.Tables;

/// <summary>Splits actions into transactions Table storage accepts: one partition, ≤100 actions, ≤4 MiB each.</summary>
public static class TableBatches
{
    /// <summary>Leaves room for the multipart envelope around each entity in the request body.</summary>
    private const long EnvelopeBytesPerAction = 1024;

    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Plan(IEnumerable<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            var rows = new HashSet<string>(StringComparer.Ordinal);
            long bytes = 0;
            foreach (var action in partition)
            {
                var size = (action.Entity is TableEntity e ? TableLimits.EstimateSize(e) : 0) + EnvelopeBytesPerAction;
                // A row already in this batch starts a new one: Table storage refuses an entity twice in a transaction.
                if (batch.Count == TableLimits.MaxBatchActions || bytes + size > TableLimits.MaxBatchBytes || rows.Contains(action.Entity.RowKey))
                {
                    yield return batch;
                    batch = [];
                    rows.Clear();
                    bytes = 0;
                }
                batch.Add(action);
                rows.Add(action.Entity.RowKey);
                bytes += size;
            }
            if (batch.Count > 0) { yield return batch; }
        }
    }
}
