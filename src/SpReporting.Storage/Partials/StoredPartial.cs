using SpReporting.Partials;

namespace SpReporting.Storage.Partials;

/// <summary>A PCN-month partial as stored, with the upload it came from.</summary>
public sealed record StoredPartial(string PcnCode, string Period, Partial Partial, string UploadKey, string UploadId);
