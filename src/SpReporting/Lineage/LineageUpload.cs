namespace SpReporting.Lineage;

/// <summary>
/// One upload as the submissions ledger records it, reduced to what lineage publishes: whose return, for
/// which period (<c>yyyy-MM</c> for a PCN, <c>yyyy-Qn</c> for an ICB), the upload id, when it arrived, late or
/// not, accepted or rejected, and whether it is the current upload. No file names, no content, no people.
/// </summary>
public sealed record LineageUpload(string OrganisationCode, string Period, string UploadId, DateTimeOffset ReceivedAt, bool Late, bool Accepted, bool Current);
