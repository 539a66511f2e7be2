using SpReporting.Statistics;

namespace SpReporting.Tests.Statistics;

public class TIntervalTests
{
    [Fact]
    public void Small_sample_worked_by_hand()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: n = 8, Σx = 40, Σx² = 232; mean 5; s² = (232 - 40·5)/7 = 32/7;
        // se = √(32/7/8) = 0.755929; t(0.975; 7) = 2.364624 (t tables 2.3646);
        // half-width 0.755929 × 2.364624 = 1.787488 -> 3.212512 to 6.787488.
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];
        var (mean, ci) = TInterval.ForMean(values.Length, values.Sum(), values.Sum(v => v * v));
        Assert.Equal(5.0, mean, 12);
        Assert.NotNull(ci);
        Assert.Equal(3.212512, ci.Lower, 5);
        Assert.Equal(6.787488, ci.Upper, 5);
    }

    [Fact]
    public void Three_values()
    {
        // 1, 2, 3: mean 2, s = 1, se = 1/√3; t(0.975; 2) = 4.302653 -> 2 ± 2.484138.
        var estimate = TInterval.ForMean(3, 6, 14);
        Assert.Equal(-0.484138, estimate.Interval!.Lower, 5);
        Assert.Equal(4.484138, estimate.Interval.Upper, 5);
    }

    [Fact]
    public void One_value_has_a_mean_but_no_interval()
    {
        var estimate = TInterval.ForMean(1, 7, 49);
        Assert.Equal(7.0, estimate.Mean);
        Assert.Null(estimate.Interval);
    }

    [Fact]
    public void Equal_values_give_a_zero_width_interval_not_a_negative_variance()
    {
        // 0.1 × 3: Σx² - Σx·mean rounds to a hair below zero.
        var estimate = TInterval.ForMean(3, 0.1 + 0.1 + 0.1, (0.1 * 0.1) + (0.1 * 0.1) + (0.1 * 0.1));
        Assert.Equal(estimate.Mean, estimate.Interval!.Lower, 12);
        Assert.Equal(estimate.Mean, estimate.Interval.Upper, 12);
    }

    [Fact]
    public void No_values_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => TInterval.ForMean(0, 0, 0));

    [FsCheck.Xunit.Property]
    public bool Interval_is_centred_on_the_mean_and_narrows_with_more_of_the_same(byte rawN, short seed)
    {
        int n = 2 + (rawN % 50);
        var random = new Random(seed);
        var values = Enumerable.Range(0, n).Select(_ => random.Next(0, 50) / 2.0).ToArray();
        var one = TInterval.ForMean(n, values.Sum(), values.Sum(v => v * v));
        var twice = TInterval.ForMean(2 * n, 2 * values.Sum(), 2 * values.Sum(v => v * v));
        double width = one.Interval!.Upper - one.Interval.Lower;
        double widthTwice = twice.Interval!.Upper - twice.Interval.Lower;
        return Math.Abs((one.Interval.Lower + one.Interval.Upper) / 2 - one.Mean) < 1e-9
            && (width == 0 ? widthTwice < 1e-9 : widthTwice < width);
    }
}
