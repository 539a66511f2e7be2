using SpReporting.Receipts;

namespace SpReporting.Cli;

/// <summary>
/// The few lines <c>spr validate</c> writes on stderr for a person, while stdout keeps the receipt
/// JSON for scripts: the outcome, the counts, the next step and the first few errors. Messages only,
/// never values: the receipt itself has those, already withheld where they are personal data.
/// </summary>
internal static class ReceiptSummary
{
    private const int FirstFew = 5;

    public static void Write(Receipt receipt, bool lateJudged, TextWriter writer)
    {
        var outcome = receipt.Status switch
        {
            ReceiptStatus.Accepted => "accepted",
            ReceiptStatus.AcceptedWithWarnings => "accepted with warnings",
            _ => "rejected",
        };
        writer.WriteLine($"{receipt.Upload}: {outcome}, {receipt.Errors} error(s), {receipt.Warnings} warning(s).");
        foreach (var f in receipt.Findings.Take(FirstFew))
        {
            var where = string.Join(" ", new[] { f.Sheet, f.Row is { } row ? $"row {row}" : null, f.Column }.Where(p => p is not null));
            writer.WriteLine($"  {f.Code} {(f.Severity == Validation.Severity.Error ? "error" : "warning")}{(where.Length > 0 ? $" ({where})" : "")}: {f.Message}");
        }
        var more = receipt.Findings.Count - FirstFew + receipt.FindingsNotShown;
        if (more > 0) { writer.WriteLine($"  ... and {more:N0} more in the receipt."); }
        writer.WriteLine($"Next step: {receipt.NextStep}");
        if (!lateJudged) { writer.WriteLine("Lateness was not judged: give --received (when the return will be uploaded) to check it."); }
    }
}
