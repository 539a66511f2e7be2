using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace SpReporting.Storage;

/// <summary>
/// The storage account as the pipeline sees it: the blob and table service clients and the named
/// containers and tables on them. Built from a connection string (Azurite, local runs) or from
/// clients made with a managed identity (production).
/// </summary>
public sealed class StorageAccount(BlobServiceClient blobs, TableServiceClient tables)
{
    public BlobServiceClient Blobs { get; } = blobs;
    public TableServiceClient Tables { get; } = tables;

    public BlobContainerClient Returns => Blobs.GetBlobContainerClient(StorageNames.ReturnsContainer);
    public BlobContainerClient Receipts => Blobs.GetBlobContainerClient(StorageNames.ReceiptsContainer);
    public BlobContainerClient Curated => Blobs.GetBlobContainerClient(StorageNames.CuratedContainer);
    public BlobContainerClient Site => Blobs.GetBlobContainerClient(StorageNames.SiteContainer);
    public BlobContainerClient Exports => Blobs.GetBlobContainerClient(StorageNames.ExportsContainer);

    public TableClient Submissions => Tables.GetTableClient(StorageNames.SubmissionsTable);
    public TableClient Partials => Tables.GetTableClient(StorageNames.PartialsTable);
    public TableClient Aggregates => Tables.GetTableClient(StorageNames.AggregatesTable);
    public TableClient Control => Tables.GetTableClient(StorageNames.ControlTable);

    public static StorageAccount FromConnectionString(string connectionString) =>
        new(new BlobServiceClient(connectionString), new TableServiceClient(connectionString));

    /// <summary>Creates every container and table that does not exist yet. Safe to call repeatedly.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var name in StorageNames.Containers)
        {
            await Blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
        foreach (var name in StorageNames.Tables)
        {
            await Tables.GetTableClient(name).CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
