using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace SpReporting.Storage.Blobs;

/// <summary>
/// Writes a blob that must always hold the version for the greatest upload key (a "latest wins"
/// register): an older upload processed late never overwrites a newer one's content. The key
/// travels in the blob's metadata; ETags make the compare-and-write safe under concurrency.
/// </summary>
public static class LatestBlobWriter
{
    public const string KeyMetadata = "uploadkey";
    private const int MaxAttempts = 50;

    /// <summary>Writes unless the blob already holds a greater key. True when written.</summary>
    public static Task<bool> WriteIfNotOlderAsync(BlobClient blob, BinaryData content, string key, string contentType, CancellationToken cancellationToken = default) =>
        WriteWhenAsync(blob, content, key, contentType, existing => existing is null || string.CompareOrdinal(existing, key) <= 0, cancellationToken);

    /// <summary>Rewrites only if the blob still holds exactly this key (used to change a flag on that receipt).</summary>
    public static Task<bool> RewriteIfSameKeyAsync(BlobClient blob, BinaryData content, string key, string contentType, CancellationToken cancellationToken = default) =>
        WriteWhenAsync(blob, content, key, contentType, existing => existing == key, cancellationToken);

    /// <summary>Writes only if no blob exists at that name.</summary>
    public static async Task<bool> WriteIfAbsentAsync(BlobClient blob, BinaryData content, string key, string contentType, CancellationToken cancellationToken = default)
    {
        try
        {
            await blob.UploadAsync(content, Options(key, contentType, new BlobRequestConditions { IfNoneMatch = ETag.All }), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private static async Task<bool> WriteWhenAsync(BlobClient blob, BinaryData content, string key, string contentType, Func<string?, bool> allowed, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            BlobProperties? props = null;
            try
            {
                props = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }
            var existingKey = props is not null && props.Metadata.TryGetValue(KeyMetadata, out var k) ? k : null;
            if (!allowed(props is null ? null : existingKey ?? "")) { return false; }
            var conditions = props is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = props.ETag };
            try
            {
                await blob.UploadAsync(content, Options(key, contentType, conditions), cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Written by someone else between our read and write: compare again.
            }
        }
        throw new InvalidOperationException($"Blob {blob.Name} kept changing; giving up after {MaxAttempts} attempts.");
    }

    private static BlobUploadOptions Options(string key, string contentType, BlobRequestConditions conditions) => new()
    {
        Conditions = conditions,
        Metadata = new Dictionary<string, string> { [KeyMetadata] = key },
        HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
    };
}
