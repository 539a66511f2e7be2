namespace SpReporting.Storage.Ingest;

/// <summary>How ingest behaves; the defaults are production's.</summary>
public sealed record IngestOptions
{
    /// <summary>Blob metadata naming the intended upload time (ISO 8601), honoured only with <see cref="TrustUploadedAtMetadata"/>.</summary>
    public const string UploadedAtMetadata = "uploadedAt";

    /// <summary>The return for month M is due by this day of M+1 (RETURNS.md).</summary>
    public int DueDay { get; init; } = 15;

    /// <summary>
    /// Take the upload time from the blob's <see cref="UploadedAtMetadata"/> metadata instead of its
    /// creation time. Only for replaying sampled data locally (Azurite cannot set creation times):
    /// in production a submitter could set that metadata and choose their own upload time, so it is off.
    /// </summary>
    public bool TrustUploadedAtMetadata { get; init; }

    /// <summary>
    /// With blob versioning on, also ingest earlier versions of the same blob that the ledger has not
    /// seen (an overwrite before the trigger ran would otherwise leave that upload without a receipt).
    /// </summary>
    public bool CatchUpEarlierVersions { get; init; } = true;
}
