namespace SpReporting.Statistics;

/// <summary>
/// Newton's method kept inside a bracket, falling back to bisection whenever a step would leave
/// it: quadratic convergence near the root, and it cannot diverge in the heavy tails of t.
/// </summary>
internal static class Roots
{
    private const int MaxIterations = 300;

    /// <summary>The root of an increasing <paramref name="f"/> with f(lo) ≤ 0 ≤ f(hi).</summary>
    public static double Solve(Func<double, double> f, Func<double, double> derivative, double lo, double hi, double guess)
    {
        double x = guess > lo && guess < hi ? guess : 0.5 * (lo + hi);
        for (int i = 0; i < MaxIterations; i++)
        {
            double fx = f(x);
            if (fx == 0) { return x; }
            if (fx < 0) { lo = x; } else { hi = x; }

            double slope = derivative(x);
            double next = x - (fx / slope);
            if (!(slope > 0) || !(next > lo && next < hi)) { next = 0.5 * (lo + hi); }
            if (Math.Abs(next - x) <= 1e-15 * Math.Abs(next) || hi - lo <= 1e-15 * Math.Abs(hi))
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
