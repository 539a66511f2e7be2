using System.Globalization;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
using SpReporting.Storage.Ledger;

namespace SpReporting.Storage.Ingest;

/// <summary>
/// One upload as read, once, from <c>returns</c>: its identity, SHA-256 over every byte, its size
/// and its bytes up to one more than the validator's size limit (beyond that the validator only
/// needs to see that it is too large). The blob itself is never modified.
/// </summary>
public sealed record UploadContent(UploadIdentity Identity, string Sha256, long SizeBytes, byte[] Bytes)
{
    public static async Task<UploadContent> ReadAsync(BlobClient blob, IngestOptions options, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(options);
        // One request gives content and properties of the same version, so they always agree.
        var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
        using var result = download.Value;
        var details = result.Details;
        var identity = details.VersionId is { Length: > 0 } version
            ? UploadIdentity.FromVersion(blob.Name, version, details.CreatedOn)
            : UploadIdentity.FromEtag(blob.Name, details.ETag.ToString(), details.CreatedOn);
        if (options.TrustUploadedAtMetadata && TryUploadedAt(details.Metadata, out var at))
        {
            identity = identity.WithReceivedAt(at);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await result.Content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            var keep = (int)Math.Min(read, Math.Max(0, maxBytes + 1 - total));
            if (keep > 0) { kept.Write(buffer, 0, keep); }
            total += read;
        }
        return new UploadContent(identity, Convert.ToHexStringLower(hash.GetHashAndReset()), total, kept.ToArray());
    }

    internal static bool TryUploadedAt(IDictionary<string, string>? metadata, out DateTimeOffset at)
    {
        at = default;
        var value = metadata?.FirstOrDefault(kv => string.Equals(kv.Key, IngestOptions.UploadedAtMetadata, StringComparison.OrdinalIgnoreCase)).Value;
        return value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
    }
}
