using SpReporting.Spc;
using SpReporting.Statistics;

namespace SpReporting.Tests.Spc;

public class XmRLimitsTests
{
    [Fact]
    public void Small_series_worked_by_hand()
    {
        // 10, 14, 12, 16, 13: centre 65/5 = 13; moving ranges 4, 2, 4, 3, mR = 13/4 = 3.25;
        // limits 13 ± 2.66 × 3.25 = 4.355 and 21.645; near limits 13 ± (2/3 × 2.66) × 3.25 = 7.236667 and 18.763333.
        var result = XmR.Analyse([10, 14, 12, 16, 13], Polarity.Higher, SpcOptions.Default);
        var limits = result.Limits!;
        Assert.Equal(13.0, limits.Centre, 12);
        Assert.Equal(3.25, limits.MeanMovingRange, 12);
        Assert.Equal(21.645, limits.Upper, 10);
        Assert.Equal(4.355, limits.Lower, 10);
        Assert.Equal(18.763333, limits.UpperNear, 6);
        Assert.Equal(7.236667, limits.LowerNear, 6);
        Assert.True(result.TrialLimits);
        Assert.Equal(5, result.BaselineCount);
        Assert.All(result.Points, p => Assert.Equal(Variation.CommonCause, p.Variation));
    }

    [Fact]
    public void Fewer_than_twelve_points_are_trial_limits()
    {
        double[] twelve = SpcSeries.Baseline();
        Assert.True(XmR.Analyse(twelve[..11], Polarity.Higher, SpcOptions.Default).TrialLimits);
        Assert.False(XmR.Analyse(twelve, Polarity.Higher, SpcOptions.Default).TrialLimits);
    }

    [Fact]
    public void A_fixed_baseline_sets_limits_from_the_first_points_and_judges_all()
    {
        // After the baseline (centre 11, mR 2), a step up to 20: outside the fixed limits.
        double[] tail = [20, 20, 20, 20, 20, 20, 20, 20];
        var fixedResult = SpcSeries.After(tail);
        Assert.Equal(11.0, fixedResult.Limits!.Centre, 12);
        Assert.Equal(2.0, fixedResult.Limits.MeanMovingRange, 12);
        Assert.Equal(12, fixedResult.BaselineCount);
        Assert.False(fixedResult.TrialLimits);
        Assert.Equal(SpcSeries.Repeat(SpecialCause.Outside, 8), SpcSeries.TailRules(fixedResult, 8));
        Assert.All(fixedResult.Points.Take(12), p => Assert.False(p.IsSpecialCause));

        // With every point in the baseline the centre moves: (132 + 160) / 20 = 14.6.
        var allResult = XmR.Analyse([.. SpcSeries.Baseline(), .. tail], Polarity.Higher, SpcOptions.Default);
        Assert.Equal(14.6, allResult.Limits!.Centre, 12);
        Assert.Equal(20, allResult.BaselineCount);
    }

    [Fact]
    public void A_fixed_baseline_longer_than_the_series_uses_what_there_is()
    {
        var result = XmR.Analyse([10, 12, 10, 12, 10], Polarity.Higher, new SpcOptions { BaselinePoints = 12 });
        Assert.Equal(5, result.BaselineCount);
        Assert.True(result.TrialLimits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-3)]
    public void A_fixed_baseline_needs_twelve_points(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { BaselinePoints = n });

    [Fact]
    public void Screening_is_off_by_default_and_drops_large_moving_ranges_when_on()
    {
        // Moving ranges: nine of 2 and two of 28 (into and out of the 40): mR = 74/11 = 6.7273.
        // Cut-off 3.267 × 6.7273 = 21.98 drops both 28s, leaving mR = 2. The centre is unchanged (162/12).
        double[] values = [10, 12, 10, 12, 10, 12, 40, 12, 10, 12, 10, 12];
        var plain = XmR.Analyse(values, Polarity.Higher, SpcOptions.Default);
        var screened = XmR.Analyse(values, Polarity.Higher, new SpcOptions { ScreenMovingRanges = true });
        Assert.Equal(74.0 / 11.0, plain.Limits!.MeanMovingRange, 12);
        Assert.Equal(2.0, screened.Limits!.MeanMovingRange, 12);
        Assert.Equal(13.5, plain.Limits.Centre, 12);
        Assert.Equal(13.5, screened.Limits.Centre, 12);
        Assert.False(SpcOptions.Default.ScreenMovingRanges);
    }

    [Fact]
    public void Screening_keeps_ranges_below_the_cut_off()
    {
        // Ranges 2 and 6 alternate (six 2s, five 6s): mR = 42/11 = 3.82, cut-off 12.47; nothing is dropped.
        double[] values = [10, 12, 6, 8, 2, 4, 10, 12, 6, 8, 2, 4];
        var plain = XmR.Analyse(values, Polarity.Higher, SpcOptions.Default);
        var screened = XmR.Analyse(values, Polarity.Higher, new SpcOptions { ScreenMovingRanges = true });
        Assert.Equal(plain.Limits!.MeanMovingRange, screened.Limits!.MeanMovingRange);
    }

    [Fact]
    public void A_flat_series_has_zero_width_limits_and_no_special_cause()
    {
        var result = XmR.Analyse(Enumerable.Repeat(4.0, 20).ToArray(), Polarity.Higher, new SpcOptions { ScreenMovingRanges = true });
        Assert.Equal(0.0, result.Limits!.MeanMovingRange);
        Assert.All(result.Points, p => Assert.Equal(SpecialCause.None, p.Rule));
    }

    [Fact]
    public void Empty_and_single_point_series_have_no_limits()
    {
        var empty = XmR.Analyse([], Polarity.Higher, SpcOptions.Default);
        Assert.Null(empty.Limits);
        Assert.Empty(empty.Points);
        Assert.Equal(Variation.CommonCause, empty.Variation);

        var one = XmR.Analyse([5], Polarity.Higher, SpcOptions.Default, target: 3);
        Assert.Null(one.Limits);
        Assert.True(one.TrialLimits);
        Assert.Equal(Assurance.None, one.Assurance);
        Assert.Equal(Variation.CommonCause, Assert.Single(one.Points).Variation);
    }

    [Fact]
    public void Gaps_must_be_left_out_not_passed_as_nan()
    {
        Assert.Throws<ArgumentException>(() => XmR.Analyse([1, double.NaN, 3], Polarity.Higher, SpcOptions.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => XmR.Analyse([1, 2, 3], Polarity.Higher, SpcOptions.Default, double.PositiveInfinity));
    }

    [Fact]
    public void Any_list_gives_the_same_result_as_an_array()
    {
        double[] values = [3, 8, 2, 9, 4, 7, 1, 9, 5, 5, 6, 2, 8];
        var fromArray = XmR.Analyse(values, Polarity.Lower, SpcOptions.Default);
        var fromList = XmR.Analyse(values.ToList(), Polarity.Lower, SpcOptions.Default);
        Assert.Equal(fromArray.Limits, fromList.Limits);
        Assert.Equal(fromArray.Points, fromList.Points);
    }
}
