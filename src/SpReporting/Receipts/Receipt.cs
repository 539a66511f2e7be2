using SpReporting.Validation;

namespace SpReporting.Receipts;

/// <summary>
/// What every upload gets back, accepted or not (RETURNS.md "Receipt"). Written to
/// <c>receipts/{upload path}.json</c> and printed by <c>spr validate</c>.
/// </summary>
public sealed record Receipt(
    string Upload,
    string UploadId,
    string Sha256,
    DateTimeOffset ReceivedAt,
    ReceiptStatus Status,
    bool Late,
    bool Current,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<Finding> Findings,
    int FindingsNotShown)
{
    public static Receipt From(string upload, string uploadId, string sha256, DateTimeOffset receivedAt, ValidationOutcome outcome, bool current)
    {
        var status = outcome.Findings.HasErrors ? ReceiptStatus.Rejected
            : outcome.Findings.WarningCount > 0 ? ReceiptStatus.AcceptedWithWarnings
            : ReceiptStatus.Accepted;
        // The file name and folders are the submitter's text: an identifier in them is not repeated (docs/validation.md).
        return new Receipt(PersonalData.WithholdSegments(upload), uploadId, sha256, receivedAt, status, outcome.Late, current,
            outcome.Counts, outcome.Findings.Shown, outcome.Findings.NotShown);
    }
}
