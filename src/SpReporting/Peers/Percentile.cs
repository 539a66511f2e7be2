namespace SpReporting.Peers;

/// <summary>
/// Percentiles as a spreadsheet's PERCENTILE.INC (Hyndman and Fan type 7, R's default): the value at rank
/// 1 + p(n − 1) of the sorted values, interpolating linearly between neighbours. A reviewer can check any band
/// in Excel from the published values.
/// </summary>
public static class Percentile
{
    /// <summary>The p-th percentile (0 ≤ p ≤ 1) of values already sorted ascending.</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) { throw new ArgumentException("A percentile needs at least one value.", nameof(sorted)); }
        if (!(p >= 0 && p <= 1)) { throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile is between 0 and 1."); }
        var h = p * (sorted.Count - 1);
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
