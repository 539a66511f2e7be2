namespace SpReporting.Statistics;

/// <summary>
/// The regularised incomplete beta function I_x(a, b), by its continued fraction with the modified
/// Lentz method (Press et al., Numerical Recipes, §6.4): what Student's t distribution is made of.
/// </summary>
internal static class BetaFunction
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    /// <summary>I_x(a, b), with y = 1 - x passed separately so that x near 1 keeps its precision.</summary>
    public static double Regularized(double a, double b, double x, double y)
    {
        if (!(a > 0) || !(b > 0)) { throw new ArgumentOutOfRangeException(nameof(a), "Both shapes must be positive."); }
        if (double.IsNaN(x) || double.IsNaN(y)) { return double.NaN; }
        if (x <= 0) { return 0.0; }
        if (y <= 0) { return 1.0; }

        double front = Math.Exp(
            GammaFunction.LogGamma(a + b) - GammaFunction.LogGamma(a) - GammaFunction.LogGamma(b)
            + (a * Math.Log(x)) + (b * Math.Log(y)));
        // The fraction converges fast only on this side of the mean; use I_x(a,b) = 1 - I_y(b,a) on the other.
        return x < (a + 1.0) / (a + b + 2.0)
            ? front * ContinuedFraction(a, b, x) / a
            : 1.0 - (front * ContinuedFraction(b, a, y) / b);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - (qab * x / qap);
        if (Math.Abs(d) < Tiny) { d = Tiny; }
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m < MaxIterations; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + (aa * d);
            if (Math.Abs(d) < Tiny) { d = Tiny; }
            c = 1.0 + (aa / c);
            if (Math.Abs(c) < Tiny) { c = Tiny; }
            d = 1.0 / d;
            h *= d * c;

            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + (aa * d);
            if (Math.Abs(d) < Tiny) { d = Tiny; }
            c = 1.0 + (aa / c);
            if (Math.Abs(c) < Tiny) { c = Tiny; }
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) < Epsilon) { break; }
        }

        return h;
    }
}
