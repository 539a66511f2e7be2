using Azure;
using Azure.Data.Tables;

namespace SpReporting.Storage.Control;

/// <summary>
/// Row <c>publish/pending</c> of the control table: set before a publish, cleared after it succeeds.
/// A refresh clears its dirty marks before publishing, so without it a publish that failed would
/// not be retried until new data arrived; with it the next timer run publishes again (docs/storage.md).
/// </summary>
public sealed class PublishPending(StorageAccount storage)
{
    public const string Partition = "publish";
    public const string Row = "pending";

    public Task MarkAsync(DateTimeOffset at, CancellationToken cancellationToken = default) =>
        storage.Control.UpsertEntityAsync(new TableEntity(Partition, Row) { ["Since"] = at.ToUniversalTime() }, TableUpdateMode.Replace, cancellationToken);

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.Control.DeleteEntityAsync(Partition, Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already clear.
        }
    }

    public async Task<bool> IsPendingAsync(CancellationToken cancellationToken = default) =>
        (await storage.Control.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken)).HasValue;
}
