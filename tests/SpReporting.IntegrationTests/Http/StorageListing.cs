using Azure.Data.Tables;
using SpReporting.Storage;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// Everything in the storage account as lines: every container and blob (with its ETag), every table
/// and entity (with its ETag). Equal listings before and after a request mean it wrote nothing.
/// </summary>
internal static class StorageListing
{
    public static async Task<IReadOnlyList<string>> TakeAsync(StorageAccount storage)
    {
        var lines = new List<string>();
        await foreach (var container in storage.Blobs.GetBlobContainersAsync())
        {
            lines.Add($"container {container.Name} {container.Properties.ETag}");
            await foreach (var blob in storage.Blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
            {
                lines.Add($"blob {container.Name}/{blob.Name} {blob.Properties.ETag} {blob.Properties.ContentLength}");
            }
        }
        await foreach (var table in storage.Tables.QueryAsync())
        {
            lines.Add($"table {table.Name}");
            await foreach (var e in storage.Tables.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                lines.Add($"entity {table.Name}/{e.PartitionKey}/{e.RowKey} {e.ETag}");
            }
        }
        return lines;
    }
}
