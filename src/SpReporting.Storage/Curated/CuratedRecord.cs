using SpReporting.Returns.Icb;
using SpReporting.Returns.Pcn;

namespace SpReporting.Storage.Curated;

/// <summary>
/// The normalised record of one accepted upload, kept so metrics can be re-derived when a definition
/// changes without anyone re-uploading. Exactly one of <see cref="Pcn"/> and <see cref="Icb"/> is set.
/// </summary>
public sealed record CuratedRecord(
    int SchemaVersion,
    string Upload,
    string UploadId,
    string UploadKey,
    DateTimeOffset ReceivedAt,
    string Sha256,
    PcnReturn? Pcn,
    IcbReturn? Icb)
{
    public const int CurrentSchemaVersion = 1;
}
