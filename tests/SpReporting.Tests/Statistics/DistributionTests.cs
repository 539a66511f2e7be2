using SpReporting.Statistics;

namespace SpReporting.Tests.Statistics;

public class DistributionTests
{
    // Student t, two-sided 95% (upper 2.5%) and other points: standard t tables (e.g. Fisher & Yates,
    // Statistical Tables, Table III; NIST/SEMATECH e-Handbook 1.3.6.7.2).
    [Theory]
    [InlineData(0.975, 1, 12.7062)]
    [InlineData(0.975, 2, 4.3027)]
    [InlineData(0.975, 5, 2.5706)]
    [InlineData(0.975, 7, 2.3646)]
    [InlineData(0.975, 10, 2.2281)]
    [InlineData(0.975, 30, 2.0423)]
    [InlineData(0.975, 120, 1.9799)]
    [InlineData(0.95, 20, 1.7247)]
    [InlineData(0.995, 10, 3.1693)]
    [InlineData(0.9995, 3, 12.9240)]
    [InlineData(0.025, 5, -2.5706)]
    public void T_quantiles_match_tables(double p, double df, double expected) =>
        Assert.Equal(expected, StudentT.Quantile(p, df), 4);

    // Closed forms: df = 1 is Cauchy, t = tan(π(p - ½)); df = 2 has t = (2p - 1)/√(2p(1 - p)).
    [Theory]
    [InlineData(0.6)]
    [InlineData(0.9)]
    [InlineData(0.975)]
    [InlineData(0.999)]
    [InlineData(0.01)]
    public void T_quantiles_match_closed_forms(double p)
    {
        Assert.Equal(Math.Tan(Math.PI * (p - 0.5)), StudentT.Quantile(p, 1), 1e-8 * Math.Max(1, Math.Abs(Math.Tan(Math.PI * (p - 0.5)))));
        Assert.Equal((2 * p - 1) / Math.Sqrt(2 * p * (1 - p)), StudentT.Quantile(p, 2), 1e-9);
    }

    [Fact]
    public void T_tends_to_the_normal() => Assert.Equal(1.959963984540054, StudentT.Quantile(0.975, 1e8), 6);

    [Fact]
    public void T_quantile_is_the_inverse_of_the_cdf()
    {
        foreach (var df in new[] { 1.0, 2.5, 4, 9, 40, 333, 5000 })
        {
            foreach (var p in new[] { 0.001, 0.1, 0.5, 0.8, 0.975, 0.99999 })
            {
                Assert.Equal(p, StudentT.Cdf(StudentT.Quantile(p, df), df), 10);
            }
        }
    }

    [Fact]
    public void Cached_and_computed_quantiles_agree()
    {
        var first = StudentT.Quantile(0.975, 17);
        Assert.Equal(first, StudentT.Quantile(0.975, 17));
        Assert.Equal(first, StudentT.Quantile(0.975, 17.0 + 1e-12), 9);
    }

    // Standard normal: Φ⁻¹ to double precision (R qnorm / Wichura 1988 test values).
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(0.995, 2.5758293035489004)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Normal_quantiles_match_reference(double p, double expected) =>
        Assert.Equal(expected, Normal.Quantile(p), 12);

    // Far tails (all three branches of AS 241), checked against the normal tail itself by the
    // Laplace continued fraction for Mills' ratio: Q(z) = φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))).
    [Theory]
    [InlineData(1e-3)]
    [InlineData(1e-12)]
    [InlineData(1e-20)]
    [InlineData(1e-100)]
    [InlineData(1e-300)]
    public void Normal_far_tail_inverts_the_tail_probability(double p)
    {
        double z = -Normal.Quantile(p);
        Assert.Equal(1.0, UpperNormalTail(z) / p, 10);
    }

    private static double UpperNormalTail(double z)
    {
        double fraction = z;
        for (int k = 400; k >= 1; k--) { fraction = z + (k / fraction); }
        return Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI) / fraction;
    }

    // Chi-square: standard tables (Fisher & Yates Table IV; NIST e-Handbook 1.3.6.7.4).
    [Theory]
    [InlineData(0.975, 1, 5.0239)]
    [InlineData(0.975, 2, 7.3778)]
    [InlineData(0.025, 2, 0.0506)]
    [InlineData(0.025, 10, 3.2470)]
    [InlineData(0.975, 10, 20.4832)]
    [InlineData(0.95, 4, 9.4877)]
    [InlineData(0.05, 100, 77.9295)]
    public void Chi_square_quantiles_match_tables(double p, double df, double expected) =>
        Assert.Equal(expected, ChiSquare.Quantile(p, df), 4);

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(0.975)]
    public void Chi_square_with_two_df_is_exponential(double p) =>
        Assert.Equal(-2 * Math.Log(1 - p), ChiSquare.Quantile(p, 2), 10);

    [Fact]
    public void Chi_square_quantile_inverts_the_cdf()
    {
        foreach (var df in new[] { 0.5, 1, 3, 18, 200, 2e4 })
        {
            foreach (var p in new[] { 1e-6, 0.025, 0.5, 0.975, 0.999999 })
            {
                Assert.Equal(p, ChiSquare.Cdf(ChiSquare.Quantile(p, df), df), 9);
            }
        }
    }

    [Fact]
    public void Ln_gamma_matches_known_values()
    {
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI)), GammaFunction.LogGamma(0.5), 13);
        Assert.Equal(0.0, GammaFunction.LogGamma(1), 13);
        Assert.Equal(Math.Log(24), GammaFunction.LogGamma(5), 13);
        Assert.Equal(Math.Log(362880), GammaFunction.LogGamma(10), 12);
        Assert.Equal(359.13420536957540, GammaFunction.LogGamma(100), 10); // ln 99!
        Assert.Equal(Math.Log(Math.PI / Math.Sin(Math.PI * 0.1)) - GammaFunction.LogGamma(0.9), GammaFunction.LogGamma(0.1), 12);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Probabilities_outside_0_to_1_are_rejected(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Normal.Quantile(p));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(p, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquare.Quantile(p, 5));
    }

    [Fact]
    public void Degrees_of_freedom_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(0.975, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquare.Quantile(0.975, -1));
    }
}
