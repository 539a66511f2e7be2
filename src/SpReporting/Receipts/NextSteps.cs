using SpReporting.Validation;

namespace SpReporting.Receipts;

/// <summary>
/// The receipt's <c>nextStep</c>: one sentence, for the outcome, saying what the submitter should do
/// now. Written for a PCN manager or ICB commissioner reading the receipt, not for the pipeline.
/// </summary>
public static class NextSteps
{
    public static string For(ReceiptStatus status, FindingList findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return status switch
        {
            ReceiptStatus.Accepted => "Your return is accepted: there is nothing more to do for this period.",
            ReceiptStatus.AcceptedWithWarnings =>
                $"Your return is accepted: check the {Count(findings.WarningCount, "warning")} below, and if any shows a mistake, upload a corrected file (the latest accepted upload is the one that counts).",
            _ when findings.Any(FindingCodes.PeriodLocked) && findings.ErrorCount == 1 =>
                "This period is locked, so this upload cannot replace what was signed off: contact the person named below if a correction is needed.",
            _ => $"Your return is not accepted: correct the {Count(findings.ErrorCount, "error")} listed first below and upload the file again (until then, any earlier accepted upload for this period still counts).",
        };
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n:N0} {word}s";
}
