namespace SpReporting.Statistics;

/// <summary>
/// Wilson score interval for a proportion (Wilson 1927; method 3 of Newcombe 1998), as OHID
/// Fingertips and PHEindicatormethods use for proportions: it stays within 0..1 and behaves at
/// 0 and n, unlike the Wald interval.
/// </summary>
public static class Wilson
{
    /// <summary>The interval on the proportion (0..1) of <paramref name="successes"/> out of <paramref name="n"/>; null when n = 0.</summary>
    public static Interval? Score(int successes, int n, ConfidenceLevel level) => Score(successes, n, level.Z);

    /// <summary>The interval with a given normal quantile (1.96 for 95%); see the overload taking a <see cref="ConfidenceLevel"/>.</summary>
    public static Interval? Score(int successes, int n, double z = Confidence.Z95)
    {
        if (n < 0) { throw new ArgumentOutOfRangeException(nameof(n), n, "n cannot be negative."); }
        if (successes < 0 || successes > n)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "Successes must be between 0 and n.");
        }
        if (!(z > 0) || double.IsInfinity(z)) { throw new ArgumentOutOfRangeException(nameof(z), z, "z must be finite and positive."); }
        if (n == 0) { return null; }

        double r = successes;
        double z2 = z * z;
        double q = 1.0 - (r / n);
        // (2r + z² ± z·√(z² + 4rq)) / (2(n + z²)): Newcombe's form, free of the p(1-p)/n rounding at the ends.
        double centre = (2.0 * r) + z2;
        double spread = z * Math.Sqrt(z2 + (4.0 * r * q));
        double denominator = 2.0 * (n + z2);
        // At 0 and n the bound is exactly 0 or 1; say so rather than leave a rounding residue.
        double lower = successes == 0 ? 0.0 : Math.Max(0.0, (centre - spread) / denominator);
        double upper = successes == n ? 1.0 : Math.Min(1.0, (centre + spread) / denominator);
        return new Interval(lower, upper);
    }
}
