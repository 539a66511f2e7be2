namespace SpReporting.Statistics;

/// <summary>
/// Byar's approximation to the exact Poisson interval (Breslow and Day 1987, vol. II, p. 69), in
/// the form the PHE/OHID technical guide and PHEindicatormethods use for counts:
/// lower = O(1 - 1/(9O) - z/(3√O))³, upper = (O+1)(1 - 1/(9(O+1)) + z/(3√(O+1)))³.
/// </summary>
public static class Byar
{
    /// <summary>The 95% interval on the count by Byar's method; the lower bound is 0 when the count is 0.</summary>
    public static Interval Interval(int count) => Interval(count, ConfidenceLevel.P95);

    /// <summary>The interval on the count at the given level (z is its normal quantile).</summary>
    public static Interval Interval(int count, ConfidenceLevel level)
    {
        if (count < 0) { throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative."); }

        double z = level.Z;
        double o = count;
        // The formula has 1/(9O) in it; at O = 0 the lower bound is 0 by definition.
        double lower = count == 0 ? 0.0 : o * Cube(1.0 - (1.0 / (9.0 * o)) - (z / (3.0 * Math.Sqrt(o))));
        double o1 = o + 1.0;
        double upper = o1 * Cube(1.0 - (1.0 / (9.0 * o1)) + (z / (3.0 * Math.Sqrt(o1))));
        return new Interval(Math.Max(0.0, lower), upper);
    }

    private static double Cube(double x) => x * x * x;
}
