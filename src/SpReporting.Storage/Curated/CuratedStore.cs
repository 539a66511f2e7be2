using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SpReporting.Returns;

namespace SpReporting.Storage.Curated;

/// <summary>
/// Curated blobs: <c>curated/{pcn|icb}/{code}/{period}/{uploadKey}.json</c>, one per accepted upload,
/// never changed after it is written (rewriting the same upload writes the same bytes).
/// </summary>
public sealed class CuratedStore(BlobContainerClient container)
{
    public BlobContainerClient Container { get; } = container;

    public static string BlobName(UploadPath path, string uploadKey) =>
        $"{(path.Kind == ReturnKind.Pcn ? "pcn" : "icb")}/{path.OrganisationCode}/{Ledger.LedgerKeys.CanonicalPeriod(path)}/{uploadKey}.json";

    public async Task<string> WriteAsync(UploadPath path, CuratedRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(record);
        var name = BlobName(path, record.UploadKey);
        await Container.GetBlobClient(name).UploadAsync(BinaryData.FromString(CuratedJson.Serialize(record)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
        return name;
    }

    public async Task<CuratedRecord> ReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var content = await Container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
        return CuratedJson.Deserialize(content.Value.Content.ToString());
    }
}
