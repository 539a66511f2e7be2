using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpReporting.Storage.Ledger;

/// <summary>
/// Which upload this is: the blob name, the upload id (the blob version id when versioning is on,
/// else ETag and creation time), when it was received, and <see cref="Key"/>, which sorts in upload
/// order, so "latest upload" is simply the greatest key. The same blob version always gets the same
/// identity, which is what makes ingest idempotent.
/// </summary>
public sealed record UploadIdentity(string BlobName, string UploadId, string? VersionId, DateTimeOffset ReceivedAt)
{
    /// <summary>
    /// <c>yyyyMMddTHHmmssfffffffZ-h12</c>: the UTC upload time to 100 ns, then 12 hex digits of a hash of
    /// the blob name and upload id to break ties deterministically. Safe in table keys and blob names.
    /// </summary>
    public string Key => MakeKey(BlobName, UploadId, ReceivedAt);

    public static UploadIdentity FromVersion(string blobName, string versionId, DateTimeOffset createdOn)
    {
        // A version id is the version's creation time (ISO 8601, UTC); fall back to the blob's own time.
        var at = DateTimeOffset.TryParse(versionId, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v)
            ? v : createdOn;
        return new UploadIdentity(blobName, versionId, versionId, at.ToUniversalTime());
    }

    public static UploadIdentity FromEtag(string blobName, string etag, DateTimeOffset createdOn)
    {
        var utc = createdOn.ToUniversalTime();
        var id = $"{etag.Trim('"')}@{utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}";
        return new UploadIdentity(blobName, id, null, utc);
    }

    public UploadIdentity WithReceivedAt(DateTimeOffset receivedAt) => this with { ReceivedAt = receivedAt.ToUniversalTime() };

    private static string MakeKey(string blobName, string uploadId, DateTimeOffset receivedAt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{blobName}\n{uploadId}"));
        var time = receivedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture);
        return $"{time}-{Convert.ToHexStringLower(hash.AsSpan(0, 6))}";
    }
}
