namespace SpReporting.Statistics;

/// <summary>
/// Benchmarking as OHID Fingertips does it: the area's 95% interval against the comparator's
/// value (not the comparator's interval). Wholly above or wholly below is significant; touching
/// or containing the value is similar. Polarity then turns higher/lower into better/worse; a neutral
/// metric stays higher/lower (docs/statistics.md). The comparison is at the level of the interval passed
/// (95% for everything published, <see cref="Level"/>).
/// </summary>
public static class Benchmark
{
    /// <summary>Values resting on fewer people than this are not compared.</summary>
    public const double MinimumN = 10;

    /// <summary>The level of the intervals comparisons are made with, stated beside every comparison.</summary>
    public static ConfidenceLevel Level => ConfidenceLevel.P95;

    /// <summary>
    /// Compares an area with its comparator. <paramref name="n"/> is the number of people the value
    /// rests on (a proportion's denominator, a mean's respondents, a rate's count of events).
    /// </summary>
    public static Comparison Compare(Interval? area, double? comparator, Polarity polarity, double n, bool suppressed = false)
    {
        if (suppressed || area is null || comparator is not double value) { return Comparison.NotCompared; }
        if (!(n >= MinimumN) || !double.IsFinite(value) || !double.IsFinite(area.Lower) || !double.IsFinite(area.Upper))
        {
            return Comparison.NotCompared;
        }

        int side = Side(area, value);
        if (side == 0) { return Comparison.Similar; }
        if (polarity == Polarity.Neutral) { return side > 0 ? Comparison.Higher : Comparison.Lower; }
        bool good = (side > 0) == (polarity == Polarity.Higher);
        return good ? Comparison.Better : Comparison.Worse;
    }

    /// <summary>
    /// The same comparison from a published value's parts: nulls (a missing or suppressed value,
    /// no interval, no count of people, no comparator) mean not compared.
    /// </summary>
    public static Comparison Compare(double? value, double? lower, double? upper, double? n, double? comparator, Polarity polarity)
    {
        if (value is null || lower is not double lo || upper is not double hi || n is not double people) { return Comparison.NotCompared; }
        return Compare(new Interval(lo, hi), comparator, polarity, people);
    }

    /// <summary>+1 when the interval is strictly above the value, -1 when strictly below, 0 when it overlaps or touches.</summary>
    public static int Side(Interval area, double value)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (area.Lower > value) { return 1; }
        if (area.Upper < value) { return -1; }
        return 0;
    }
}
