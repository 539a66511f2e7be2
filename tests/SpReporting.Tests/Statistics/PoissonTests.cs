using SpReporting.Statistics;

namespace SpReporting.Tests.Statistics;

public class PoissonTests
{
    // Exact (Garwood 1936) 95% limits for a Poisson count, as tabulated in standard tables
    // (e.g. Documenta Geigy Scientific Tables; the PHE technical guide "Confidence intervals", table of
    // exact Poisson limits).
    [Theory]
    [InlineData(0, 0.0, 3.6889)]
    [InlineData(1, 0.0253, 5.5716)]
    [InlineData(2, 0.2422, 7.2247)]
    [InlineData(5, 1.6235, 11.6683)]
    [InlineData(9, 4.1154, 17.0848)]
    [InlineData(10, 4.7954, 18.3904)]
    [InlineData(100, 81.3640, 121.6268)]
    public void Exact_matches_tables(int count, double lower, double upper)
    {
        var ci = Poisson.ExactInterval(count);
        Assert.Equal(lower, ci.Lower, 4);
        Assert.Equal(upper, ci.Upper, 4);
    }

    // The defining property of the exact interval, checked against the Poisson distribution itself:
    // P(X ≥ O | lower) = 2.5% and P(X ≤ O | upper) = 2.5%.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(150)]
    public void Each_tail_holds_two_and_a_half_percent(int count)
    {
        var ci = Poisson.ExactInterval(count);
        Assert.Equal(0.025, 1 - PoissonCdf(count - 1, ci.Lower), 9);
        Assert.Equal(0.025, PoissonCdf(count, ci.Upper), 9);
    }

    // Byar's approximation (Breslow & Day 1987), worked from its formula with z = 1.959964:
    // 10 -> 10(1 - 1/90 - z/(3√10))³ = 4.78745, 11(1 - 1/99 + z/(3√11))³ = 18.39146;
    // 100 -> 81.36211, 121.62794; 1000 -> 938.97250, 1063.95258.
    [Theory]
    [InlineData(10, 4.78745, 18.39146)]
    [InlineData(100, 81.36211, 121.62794)]
    [InlineData(1000, 938.97250, 1063.95258)]
    public void Byar_matches_its_formula(int count, double lower, double upper)
    {
        var ci = Byar.Interval(count);
        Assert.Equal(lower, ci.Lower, 4);
        Assert.Equal(upper, ci.Upper, 4);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(20000)]
    public void Byar_is_within_a_few_percent_of_exact(int count)
    {
        var byar = Byar.Interval(count);
        var exact = Poisson.ExactInterval(count);
        Assert.InRange(byar.Lower / exact.Lower, 0.98, 1.02);
        Assert.InRange(byar.Upper / exact.Upper, 0.98, 1.02);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(9)]
    public void Rate_interval_is_exact_under_ten(int count) => Assert.Equal(Poisson.ExactInterval(count), RateInterval.ForCount(count));

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(500)]
    public void Rate_interval_is_byar_from_ten(int count) => Assert.Equal(Byar.Interval(count), RateInterval.ForCount(count));

    [Fact]
    public void Byar_of_zero_starts_at_zero() => Assert.Equal(0.0, Byar.Interval(0).Lower);

    [Fact]
    public void Negative_counts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Poisson.ExactInterval(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Byar.Interval(-1));
    }

    [Fact]
    public void A_count_interval_scales_to_a_rate()
    {
        // 5 referrals from 2,000 patients in a month, per 1,000 a year: scale = 1000 × 12 / 2000 = 6.
        var rate = RateInterval.ForCount(5).Scale(6);
        Assert.Equal(1.6235 * 6, rate.Lower, 3);
        Assert.Equal(11.6683 * 6, rate.Upper, 3);
    }

    private static double PoissonCdf(int k, double mean)
    {
        double term = Math.Exp(-mean), sum = 0;
        for (int i = 0; i <= k; i++)
        {
            sum += term;
            term *= mean / (i + 1);
        }

        return sum;
    }
}
