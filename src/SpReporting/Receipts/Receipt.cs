using SpReporting.Validation;

namespace SpReporting.Receipts;

/// <summary>
/// What every upload gets back, accepted or not (RETURNS.md "Receipt"). Written to
/// <c>receipts/{upload path}.json</c> and printed by <c>spr validate</c>. The summary comes first
/// (status, how many errors and warnings, and the next step in one sentence), then the details;
/// findings are errors first, then warnings, each in sheet and row order (docs/validation.md, "Receipts").
/// </summary>
public sealed record Receipt(
    string Upload,
    ReceiptStatus Status,
    int Errors,
    int Warnings,
    string NextStep,
    string UploadId,
    string Sha256,
    DateTimeOffset ReceivedAt,
    bool Late,
    bool Current,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<Finding> Findings,
    int FindingsNotShown)
{
    /// <param name="nextStep">Instead of the sentence the outcome implies, when the pipeline knows better (a failure on its side).</param>
    public static Receipt From(string upload, string uploadId, string sha256, DateTimeOffset receivedAt, ValidationOutcome outcome, bool current, string? nextStep = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var findings = outcome.Findings;
        var status = findings.HasErrors ? ReceiptStatus.Rejected
            : findings.WarningCount > 0 ? ReceiptStatus.AcceptedWithWarnings
            : ReceiptStatus.Accepted;
        // The file name and folders are the submitter's text: an identifier in them is not repeated (docs/validation.md).
        return new Receipt(PersonalData.WithholdSegments(upload), status, findings.ErrorCount, findings.WarningCount, nextStep ?? NextSteps.For(status, findings),
            uploadId, sha256, receivedAt, outcome.Late, current, outcome.Counts, findings.Shown, findings.NotShown);
    }
}
