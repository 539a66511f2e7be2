using SpReporting.Receipts;

namespace SpReporting.Storage.Running;

/// <summary>
/// What a local run did: receipts by status and by finding code, uploads that failed, stages that
/// could not be done (<see cref="Problems"/>), files left out, and where receipts went.
/// </summary>
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
    /// <summary>Whole stages that could not be done: storage lost, a refresh that could not take its lease.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Files under the folder that are not at a return path, so were not uploaded.</summary>
    public int NotReturns { get; init; }

    /// <summary>Every upload was processed and every step done (rejections are outcomes, not failures).</summary>
    public bool Succeeded => Failures.Count == 0 && Problems.Count == 0;

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
        if (NotReturns > 0) { writer.WriteLine($"Left out: {NotReturns} file(s) not at a return path (pcn/U12345/2024-03/return.xlsx or icb/QE1/2024-Q1/return.zip)."); }
        foreach (var problem in Problems) { writer.WriteLine($"Not done: {problem}"); }
        writer.WriteLine($"Receipts: {ReceiptsDirectory}");
    }
}
