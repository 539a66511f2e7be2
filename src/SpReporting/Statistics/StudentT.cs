namespace SpReporting.Statistics;

/// <summary>
/// Student's t distribution, through the regularised incomplete beta function:
/// P(|T| &gt; t) = I_{df/(df+t²)}(df/2, 1/2). The quantile inverts that by bracketed Newton steps.
/// </summary>
public static class StudentT
{
    // Above this the t and normal 97.5% points differ by under 1e-7: use the normal.
    private const double NormalAbove = 1e7;
    private const int CacheSize = 4096;

    // Every mean's t-interval asks for the 97.5% point at an integer df, so remember those.
    private static readonly double[] UpperCache = CreateCache();

    // And the 99.9% point, for 99.8% intervals.
    private static readonly double[] Upper998Cache = CreateCache();

    /// <summary>P(T ≤ t) for T ~ t(df).</summary>
    public static double Cdf(double t, double df)
    {
        Probability.CheckDegreesOfFreedom(df);
        if (double.IsNaN(t)) { return double.NaN; }
        double tail = UpperTail(Math.Abs(t), df);
        return t >= 0 ? 1.0 - tail : tail;
    }

    /// <summary>The t with P(T ≤ t) = p for T ~ t(df); ±∞ at p = 0 and 1.</summary>
    public static double Quantile(double p, double df)
    {
        Probability.Check(p);
        Probability.CheckDegreesOfFreedom(df);
        if (p == 0.5) { return 0.0; }
        if (p < 0.5) { return -Quantile(1.0 - p, df); }
        if (p == 1) { return double.PositiveInfinity; }
        if (df > NormalAbove) { return Normal.Quantile(p); }

        var cache = df < CacheSize && df == Math.Floor(df)
            ? p == Confidence.UpperTail ? UpperCache : p == ConfidenceLevel.P998.UpperTail ? Upper998Cache : null
            : null;
        if (cache is not null)
        {
            double known = cache[(int)df];
            if (!double.IsNaN(known)) { return known; }
        }

        double result = UpperQuantile(1.0 - p, df);
        if (cache is not null) { cache[(int)df] = result; } // a lost race only recomputes the same value
        return result;
    }

    /// <summary>The density of t(df) at t.</summary>
    public static double Density(double t, double df)
    {
        Probability.CheckDegreesOfFreedom(df);
        double logNorm = GammaFunction.LogGamma((df + 1.0) / 2.0) - GammaFunction.LogGamma(df / 2.0)
            - (0.5 * Math.Log(df * Math.PI));
        return Math.Exp(logNorm - ((df + 1.0) / 2.0 * Math.Log(1.0 + (t * t / df))));
    }

    // P(T > t) for t ≥ 0, computed directly (not as 1 - CDF) so small tails keep their digits.
    private static double UpperTail(double t, double df)
    {
        if (double.IsPositiveInfinity(t)) { return 0.0; }
        double t2 = t * t;
        double x = df / (df + t2);
        double y = t2 / (df + t2);
        return 0.5 * BetaFunction.Regularized(df / 2.0, 0.5, x, y);
    }

    // The t ≥ 0 whose upper tail is q (0 < q < 0.5): q - tail(t) rises from q - 0.5 to q.
    private static double UpperQuantile(double q, double df)
    {
        double guess = Normal.Quantile(1.0 - q);
        double hi = Math.Max(1.0, 2.0 * guess);
        while (UpperTail(hi, df) > q) { hi *= 2.0; }
        return Roots.Solve(t => q - UpperTail(t, df), t => Density(t, df), 0.0, hi, guess);
    }

    private static double[] CreateCache()
    {
        var cache = new double[CacheSize];
        Array.Fill(cache, double.NaN);
        return cache;
    }
}
