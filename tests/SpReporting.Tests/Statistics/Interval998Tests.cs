using SpReporting.Statistics;

namespace SpReporting.Tests.Statistics;

/// <summary>
/// 99.8% intervals, as OHID Fingertips shows beside 95% ones, from the formulas of the PHE technical guide
/// ("Confidence intervals") with z = Φ⁻¹(0.999) = 3.090232306167813 (z² = 9.549535706), worked by hand below.
/// </summary>
public class Interval998Tests
{
    private static readonly ConfidenceLevel P998 = ConfidenceLevel.P998;

    [Fact]
    public void The_level_has_its_normal_quantile_and_tails()
    {
        Assert.Equal(3.090232306167813, P998.Z, 12);
        Assert.Equal(Normal.Quantile(0.999), P998.Z, 12);
        Assert.Equal((0.001, 0.999), (P998.LowerTail, P998.UpperTail));
        Assert.Equal("99.8%", P998.Percent);
        Assert.Equal(ConfidenceLevel.Of(0.998), P998);
        Assert.Equal(1.6448536269514722, ConfidenceLevel.Of(0.90).Z, 10);
    }

    // Wilson, (2r + z² ± z√(z² + 4rq)) / 2(n + z²). 65 of 100: q = 0.35, 4rq = 91, √(9.5495 + 91) = 10.02744,
    // 2(n + z²) = 219.09907: (130 + 9.54954 ∓ 30.98736) / 219.09907 = 0.495495 to 0.778354.
    // 81 of 263, 0 of 20 and 1 of 29 (Newcombe's examples) by the same formula.
    [Theory]
    [InlineData(65, 100, 0.495495, 0.778354)]
    [InlineData(81, 263, 0.228036, 0.401389)]
    [InlineData(0, 20, 0.0, 0.323170)]
    [InlineData(1, 29, 0.003016, 0.296586)]
    public void Wilson_at_99_8(int successes, int n, double lower, double upper)
    {
        var ci = Wilson.Score(successes, n, P998)!;
        Assert.Equal(lower, ci.Lower, 6);
        Assert.Equal(upper, ci.Upper, 6);
    }

    // Byar, O(1 − 1/9O − z/3√O)³ to (O+1)(1 − 1/9(O+1) + z/3√(O+1))³. O = 65: 1/585 = 0.0017094,
    // z/(3√65) = 0.1277654, 65 × 0.8705252³ = 42.8803; 1/594 = 0.0016835, z/(3√66) = 0.1267938,
    // 66 × 1.1251103³ = 94.0003.
    [Theory]
    [InlineData(10, 2.916318, 24.193725)]
    [InlineData(65, 42.880261, 94.000291)]
    [InlineData(1000, 905.114955, 1101.632945)]
    public void Byar_at_99_8(int count, double lower, double upper)
    {
        var ci = Byar.Interval(count, P998);
        Assert.Equal(lower, ci.Lower, 4);
        Assert.Equal(upper, ci.Upper, 4);
        Assert.Equal(ci, RateInterval.ForCount(count, P998));
    }

    // Exact Poisson at 0: the upper limit is χ²(0.999; 2)/2 = −ln(0.001) = 6.907755 (χ² with 2 df is exponential).
    [Fact]
    public void Exact_Poisson_at_zero_has_a_closed_form()
    {
        var ci = RateInterval.ForCount(0, P998);
        Assert.Equal(0.0, ci.Lower);
        Assert.Equal(-Math.Log(0.001), ci.Upper, 9);
    }

    // Student t, upper 0.1% points from published t tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    [Theory]
    [InlineData(9, 4.297)]
    [InlineData(19, 3.579)]
    [InlineData(29, 3.396)]
    [InlineData(120, 3.160)]
    public void T_quantile_at_99_9(int df, double expected) => Assert.Equal(expected, StudentT.Quantile(P998.UpperTail, df), 3);

    // Values 1..10: n = 10, Σx = 55, Σx² = 385, mean 5.5, s² = (385 − 55 × 5.5)/9 = 9.16667, s/√n = 0.957427;
    // t(0.999; 9) = 4.297 gives 5.5 ± 4.114: 1.386 to 9.614.
    [Fact]
    public void T_interval_at_99_8()
    {
        var ci = TInterval.ForMean(10, 55, 385, P998).Interval!;
        Assert.Equal(1.386, ci.Lower, 2);
        Assert.Equal(9.614, ci.Upper, 2);
    }

    [Theory]
    [InlineData(3, 40)]
    [InlineData(30, 40)]
    [InlineData(0, 5)]
    public void Every_99_8_interval_contains_the_95_one(int x, int n)
    {
        Assert.True(Wilson.Score(x, n, P998)!.Lower <= Wilson.Score(x, n)!.Lower && Wilson.Score(x, n, P998)!.Upper > Wilson.Score(x, n)!.Upper);
        Assert.True(RateInterval.ForCount(x, P998).Upper > RateInterval.ForCount(x).Upper);
        Assert.True(TInterval.ForMean(n, x * 2.0, x * x + 50.0, P998).Interval!.Upper > TInterval.ForMean(n, x * 2.0, x * x + 50.0).Interval!.Upper);
    }
}
