namespace SpReporting.Statistics;

/// <summary>
/// The 95% Student t-interval for a mean, from the mergeable components (n, Σx, Σx²) that partials
/// store: mean ± t(0.975; n-1) · s/√n with s² = (Σx² - (Σx)²/n)/(n - 1).
/// </summary>
public static class TInterval
{
    /// <summary>The mean and its interval (none when n &lt; 2). A mean of nothing is undefined: n must be positive.</summary>
    public static MeanEstimate ForMean(double n, double sum, double sumOfSquares) => ForMean(n, sum, sumOfSquares, ConfidenceLevel.P95);

    /// <summary>The mean and its interval at the given level: mean ± t(upper tail; n-1) · s/√n.</summary>
    public static MeanEstimate ForMean(double n, double sum, double sumOfSquares, ConfidenceLevel level)
    {
        if (!double.IsFinite(n) || !double.IsFinite(sum) || !double.IsFinite(sumOfSquares))
        {
            throw new ArgumentException("n, the sum and the sum of squares must be finite.");
        }
        if (n <= 0) { throw new ArgumentOutOfRangeException(nameof(n), n, "A mean needs at least one value."); }

        double mean = sum / n;
        if (n < 2) { return new MeanEstimate(mean, null); }

        // Σx² - Σx·mean can dip just below zero by rounding when all values are equal.
        double variance = Math.Max(0.0, (sumOfSquares - (sum * mean)) / (n - 1.0));
        double halfWidth = StudentT.Quantile(level.UpperTail, n - 1.0) * Math.Sqrt(variance / n);
        return new MeanEstimate(mean, new Interval(mean - halfWidth, mean + halfWidth));
    }
}
