namespace SpReporting.Statistics;

/// <summary>The chi-square distribution: a gamma distribution with shape df/2 and scale 2.</summary>
public static class ChiSquare
{
    /// <summary>P(X ≤ x) for X ~ χ²(df).</summary>
    public static double Cdf(double x, double df)
    {
        Probability.CheckDegreesOfFreedom(df);
        return GammaFunction.LowerRegularized(df / 2.0, x / 2.0);
    }

    /// <summary>The x with P(X ≤ x) = p for X ~ χ²(df), to about 1e-12 relative.</summary>
    public static double Quantile(double p, double df)
    {
        Probability.CheckDegreesOfFreedom(df);
        return 2.0 * GammaFunction.Quantile(p, df / 2.0);
    }
}
