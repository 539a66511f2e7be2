namespace SpReporting.Spc;

/// <summary>
/// Series values at 15 significant digits, the precision a double holds exactly as decimal text: two
/// values that print alike are equal, so floating-point noise never makes a rise, a fall or a run.
/// </summary>
internal static class Decimals
{
    // Far beyond any published figure, and well inside decimal's range once multiplied by a limit factor.
    private const double Largest = 1e20;

    public static bool Fit(ReadOnlySpan<double> values)
    {
        foreach (var x in values)
        {
            if (Math.Abs(x) >= Largest) { return false; }
        }
        return true;
    }

    /// <summary>The value rounded to 15 significant digits (decimal's conversion from double), as a double again.</summary>
    public static double Settle(double x) => Math.Abs(x) < Largest ? (double)(decimal)x : x;
}
