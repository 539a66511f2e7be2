using Azure.Data.Tables;
using SpReporting.Aggregation;
using SpReporting.Storage.Tables;

namespace SpReporting.Storage.Aggregates;

/// <summary>The aggregates table: written by a refresh, read by publishing (see <see cref="AggregateEntity"/> for keys).</summary>
public sealed class AggregateStore(TableClient table)
{
    public TableClient Table { get; } = table;

    /// <summary>Upserts rows in batches of one partition (one area) each; returns the number of requests made.</summary>
    public async Task<int> WriteAsync(IEnumerable<AggregateRow> rows, CancellationToken cancellationToken = default)
    {
        var requests = 0;
        var pending = new List<TableTransactionAction>(100);
        string? partition = null;
        foreach (var row in rows)
        {
            var entity = AggregateEntity.ToEntity(row);
            if (partition is not null && entity.PartitionKey != partition)
            {
                requests += await Table.SubmitAllCheckedAsync(pending, cancellationToken);
                pending.Clear();
            }
            partition = entity.PartitionKey;
            pending.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }
        if (pending.Count > 0) { requests += await Table.SubmitAllCheckedAsync(pending, cancellationToken); }
        return requests;
    }

    /// <summary>Every row of one area (one partition scan).</summary>
    public async Task<List<AggregateRow>> ReadAreaAsync(AreaNode area, AreaTree tree, CancellationToken cancellationToken = default)
    {
        var rows = new List<AggregateRow>();
        await foreach (var e in Table.QueryAsync<TableEntity>($"PartitionKey eq '{KeyText.Encode(area.Code)}'", cancellationToken: cancellationToken))
        {
            rows.Add(AggregateEntity.FromEntity(e, tree));
        }
        return rows;
    }
}
