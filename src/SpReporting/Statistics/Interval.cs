namespace SpReporting.Statistics;

/// <summary>A two-sided confidence interval, <see cref="Lower"/> ≤ <see cref="Upper"/>.</summary>
public sealed record Interval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies inside the interval or on either end.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>
    /// The interval multiplied by a positive factor: how an interval on a count becomes one on a
    /// rate (factor = multiplier / denominator), since the count's interval is exact and the
    /// denominator (list size) is taken as known.
    /// </summary>
    public Interval Scale(double factor)
    {
        if (!(factor >= 0) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A scale factor must be finite and not negative.");
        }

        return new Interval(Lower * factor, Upper * factor);
    }
}
