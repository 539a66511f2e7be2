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
    /// <summary>True when another refresh held the lease, so this one did nothing and the aggregates may be stale.</summary>
    public bool LeaseBusy { get; init; }

    public static RefreshResult Skipped(int dirty = 0) => new(false, false, dirty, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public static RefreshResult Busy() => Skipped() with { LeaseBusy = true };
}
