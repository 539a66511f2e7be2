using SpReporting.Receipts;

namespace SpReporting.Storage.Running;

/// <summary>What a local run did: receipts by status and by finding code, uploads that failed, and where receipts went.</summary>
public sealed record RunSummary(
    int Uploads,
    int Accepted,
    int AcceptedWithWarnings,
    int Rejected,
    int Current,
    IReadOnlyDictionary<string, int> UploadsByFindingCode,
    IReadOnlyList<string> Failures,
    string ReceiptsDirectory)
{
    /// <param name="receipts">The final receipt of each upload that has one (a failed upload's says it failed).</param>
    public static RunSummary From(int uploads, IReadOnlyList<Receipt> receipts, IReadOnlyList<string> failures, string receiptsDirectory) => new(
        uploads,
        receipts.Count(r => r.Status == ReceiptStatus.Accepted),
        receipts.Count(r => r.Status == ReceiptStatus.AcceptedWithWarnings),
        receipts.Count(r => r.Status == ReceiptStatus.Rejected),
        receipts.Count(r => r.Current),
        receipts.SelectMany(r => r.Findings.Select(f => f.Code).Distinct())
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        failures,
        receiptsDirectory);

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"{Uploads} uploads ingested; {Current} are current returns.");
        writer.WriteLine($"  accepted               {Accepted,6}");
        writer.WriteLine($"  accepted with warnings {AcceptedWithWarnings,6}");
        writer.WriteLine($"  rejected               {Rejected,6}");
        if (Failures.Count > 0) { writer.WriteLine($"  could not be processed {Failures.Count,6}"); }
        if (UploadsByFindingCode.Count > 0)
        {
            writer.WriteLine("Uploads by finding code:");
            foreach (var (code, count) in UploadsByFindingCode) { writer.WriteLine($"  {code} {count,6}"); }
        }
        foreach (var failure in Failures) { writer.WriteLine($"Not processed: {failure}"); }
        writer.WriteLine($"Receipts: {ReceiptsDirectory}");
    }
}
