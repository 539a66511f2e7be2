namespace SpReporting.Statistics;

/// <summary>
/// Exact (Garwood 1936) interval for a Poisson count O: lower = χ²(α/2; 2O)/2, upper =
/// χ²(1-α/2; 2O+2)/2, with lower = 0 when O = 0. It is the interval whose tails each hold at most
/// 2.5%, the usual reference for small counts.
/// </summary>
public static class Poisson
{
    // Counts under 10 get the exact method everywhere (RateInterval), so keep those few at hand.
    private static readonly Interval[] Small = BuildSmall(10);

    /// <summary>The 95% exact interval on the count.</summary>
    public static Interval ExactInterval(int count) => ExactInterval(count, ConfidenceLevel.P95);

    /// <summary>The exact interval on the count at the given level.</summary>
    public static Interval ExactInterval(int count, ConfidenceLevel level)
    {
        if (count < 0) { throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative."); }
        if (level == ConfidenceLevel.P95 && count < Small.Length) { return Small[count]; }
        return Compute(count, level);
    }

    private static Interval Compute(int count, ConfidenceLevel level)
    {
        double lower = count == 0 ? 0.0 : ChiSquare.Quantile(level.LowerTail, 2.0 * count) / 2.0;
        double upper = ChiSquare.Quantile(level.UpperTail, (2.0 * count) + 2.0) / 2.0;
        return new Interval(lower, upper);
    }

    private static Interval[] BuildSmall(int size)
    {
        var table = new Interval[size];
        for (int i = 0; i < size; i++) { table[i] = Compute(i, ConfidenceLevel.P95); }
        return table;
    }
}
