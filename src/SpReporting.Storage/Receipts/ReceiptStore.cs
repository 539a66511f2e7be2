using Azure;
using Azure.Storage.Blobs;
using SpReporting.Receipts;
using SpReporting.Storage.Blobs;

namespace SpReporting.Storage.Receipts;

/// <summary>
/// Receipt blobs. Each upload's receipt is kept at its own address,
/// <c>receipts/{upload path}.uploads/{uploadKey}.json</c>, and the receipt of the latest upload at a
/// path is also at <c>receipts/{upload path}.json</c> (RETURNS.md), which an older upload processed
/// late never overwrites.
/// </summary>
public sealed class ReceiptStore(BlobContainerClient container)
{
    private const string JsonType = "application/json; charset=utf-8";

    public BlobContainerClient Container { get; } = container;

    public static string LatestBlobName(string uploadPath) => $"{uploadPath}.json";

    public static string UploadBlobName(string uploadPath, string uploadKey) => $"{uploadPath}.uploads/{uploadKey}.json";

    /// <summary>Writes the upload's own receipt, and the path's latest receipt unless a later upload holds it.</summary>
    public async Task WriteAsync(Receipt receipt, string uploadKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var content = BinaryData.FromString(ReceiptJson.Serialize(receipt));
        var own = Container.GetBlobClient(UploadBlobName(receipt.Upload, uploadKey));
        await own.UploadAsync(content, new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [LatestBlobWriter.KeyMetadata] = uploadKey },
            HttpHeaders = new Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = JsonType },
        }, cancellationToken);
        await LatestBlobWriter.WriteIfNotOlderAsync(Container.GetBlobClient(LatestBlobName(receipt.Upload)), content, uploadKey, JsonType, cancellationToken);
    }

    /// <summary>
    /// For an upload whose processing failed before its identity was known: a receipt at the path's
    /// latest address, only if nothing is there yet.
    /// </summary>
    public Task WriteIfNoneAsync(Receipt receipt, CancellationToken cancellationToken = default) =>
        LatestBlobWriter.WriteIfAbsentAsync(Container.GetBlobClient(LatestBlobName(receipt.Upload)),
            BinaryData.FromString(ReceiptJson.Serialize(receipt)), "", JsonType, cancellationToken);

    public async Task<Receipt?> ReadAsync(string receiptBlobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await Container.GetBlobClient(receiptBlobName).DownloadContentAsync(cancellationToken);
            return ReceiptJson.Deserialize(content.Value.Content.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Rewrites an upload's receipts with a new <c>current</c> flag (when a later upload replaces it,
    /// or it becomes current again). The latest-at-path copy changes only if it is still this upload's.
    /// </summary>
    public async Task SetCurrentAsync(string uploadPath, string uploadKey, bool current, CancellationToken cancellationToken = default)
    {
        var ownName = UploadBlobName(uploadPath, uploadKey);
        var receipt = await ReadAsync(ownName, cancellationToken);
        if (receipt is null) { return; } // its own processing has not written it yet and will, with the right flag
        var updated = BinaryData.FromString(ReceiptJson.Serialize(receipt with { Current = current }));
        if (receipt.Current != current)
        {
            await Container.GetBlobClient(ownName).UploadAsync(updated, new Azure.Storage.Blobs.Models.BlobUploadOptions
            {
                Metadata = new Dictionary<string, string> { [LatestBlobWriter.KeyMetadata] = uploadKey },
                HttpHeaders = new Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = JsonType },
            }, cancellationToken);
        }
        await LatestBlobWriter.RewriteIfSameKeyAsync(Container.GetBlobClient(LatestBlobName(uploadPath)), updated, uploadKey, JsonType, cancellationToken);
    }
}
