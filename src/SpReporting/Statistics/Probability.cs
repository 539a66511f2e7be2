namespace SpReporting.Statistics;

/// <summary>Argument checks shared by the quantile functions.</summary>
internal static class Probability
{
    public static void Check(double p)
    {
        if (!(p >= 0 && p <= 1)) { throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must be between 0 and 1."); }
    }

    public static void CheckDegreesOfFreedom(double df)
    {
        if (!(df > 0)) { throw new ArgumentOutOfRangeException(nameof(df), df, "Degrees of freedom must be positive."); }
    }
}
