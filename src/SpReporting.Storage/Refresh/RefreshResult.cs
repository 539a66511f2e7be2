namespace SpReporting.Storage.Refresh;

/// <summary>What one refresh did, for logs and benchmarks.</summary>
public sealed record RefreshResult(
    bool Ran,
    bool Full,
    int DirtyMarks,
    int Partials,
    int RowsWritten,
    int WriteRequests,
    TimeSpan Read,
    TimeSpan Compute,
    TimeSpan Write)
{
    public static RefreshResult Skipped(int dirty = 0) => new(false, false, dirty, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
