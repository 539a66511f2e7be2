namespace SpReporting.Statistics;

/// <summary>
/// ln Γ and the regularised incomplete gamma function P(a, x), the pieces the chi-square (and so
/// the exact Poisson) quantiles are built on. Series below x = a + 1, continued fraction above
/// (Press et al., Numerical Recipes, §6.2), each to about double precision.
/// </summary>
internal static class GammaFunction
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    // Lanczos approximation, g = 7, nine terms (Godfrey's coefficients): ~15 significant digits.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0)) { throw new ArgumentOutOfRangeException(nameof(x), x, "ln Γ is only needed for positive arguments."); }
        if (x < 0.5)
        {
            // Reflection keeps the series in the range where it is accurate.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1.0 - x);
        }

        double z = x - 1.0;
        double sum = Lanczos[0];
        for (int i = 1; i < Lanczos.Length; i++) { sum += Lanczos[i] / (z + i); }
        double t = z + 7.5;
        return (0.5 * Math.Log(2.0 * Math.PI)) + ((z + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a).</summary>
    public static double LowerRegularized(double a, double x)
    {
        if (!(a > 0)) { throw new ArgumentOutOfRangeException(nameof(a), a, "The shape must be positive."); }
        if (double.IsNaN(x)) { return double.NaN; }
        if (x <= 0) { return 0.0; }
        if (double.IsPositiveInfinity(x)) { return 1.0; }
        return x < a + 1.0 ? Series(a, x) : 1.0 - ContinuedFraction(a, x);
    }

    /// <summary>The density of the gamma distribution with shape a and scale 1 at x: the derivative of P(a, x).</summary>
    public static double Density(double a, double x) =>
        x <= 0 ? 0.0 : Math.Exp(((a - 1.0) * Math.Log(x)) - x - LogGamma(a));

    /// <summary>The x with P(a, x) = p.</summary>
    public static double Quantile(double p, double a)
    {
        if (!(a > 0) || double.IsInfinity(a)) { throw new ArgumentOutOfRangeException(nameof(a), a, "The shape must be finite and positive."); }
        Probability.Check(p);
        if (p == 0) { return 0.0; }
        if (p == 1) { return double.PositiveInfinity; }

        double guess = InitialGuess(p, a);
        double hi = Math.Max(guess, 1.0);
        while (LowerRegularized(a, hi) < p) { hi *= 2.0; }
        return Roots.Solve(x => LowerRegularized(a, x) - p, x => Density(a, x), 0.0, hi, guess);
    }

    // Wilson–Hilferty's cube-root normal approximation; for small quantiles, where it fails, the
    // leading term of the series, P(a, x) ≈ x^a / Γ(a + 1).
    private static double InitialGuess(double p, double a)
    {
        double ninth = 1.0 / (9.0 * a);
        double t = 1.0 - ninth + (Normal.Quantile(p) * Math.Sqrt(ninth));
        double wh = a * t * t * t;
        return t > 0 && wh > 0.1 * a ? wh : Math.Exp((Math.Log(p) + LogGamma(a + 1.0)) / a);
    }

    private static double Series(double a, double x)
    {
        double ap = a;
        double term = 1.0 / a;
        double sum = term;
        for (int i = 0; i < MaxIterations; i++)
        {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon) { break; }
        }

        return Math.Min(1.0, sum * Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)));
    }

    // Q(a, x) by the modified Lentz method.
    private static double ContinuedFraction(double a, double x)
    {
        double b = x + 1.0 - a;
        double c = 1.0 / Tiny;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < MaxIterations; i++)
        {
            double an = -i * (i - a);
            b += 2.0;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny) { d = Tiny; }
            c = b + (an / c);
            if (Math.Abs(c) < Tiny) { c = Tiny; }
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) < Epsilon) { break; }
        }

        return Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)) * h;
    }
}
