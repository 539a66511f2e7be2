using Azure;

namespace SpReporting.Storage.Ledger;

/// <summary>The ledger row naming an organisation-period's current upload, with the ETag it was read at.</summary>
public sealed record CurrentPointer(string UploadKey, string UploadId, string Upload, DateTimeOffset ReceivedAt, ETag ETag);
