namespace SpReporting.Statistics;

/// <summary>
/// The interval METRICS.md asks for on a rate's count: exact (Garwood) for counts under 10, where
/// Byar's approximation is least accurate, and Byar's method from 10 up. The interval is on the
/// count; scale it by multiplier / denominator to get the rate's interval.
/// </summary>
public static class RateInterval
{
    /// <summary>Counts below this use the exact method.</summary>
    public const int ExactBelow = 10;

    /// <summary>The 95% interval on the count.</summary>
    public static Interval ForCount(int count) => ForCount(count, ConfidenceLevel.P95);

    /// <summary>The interval on the count at the given level.</summary>
    public static Interval ForCount(int count, ConfidenceLevel level) =>
        count < ExactBelow ? Poisson.ExactInterval(count, level) : Byar.Interval(count, level);
}
