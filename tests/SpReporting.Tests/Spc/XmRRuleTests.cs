using SpReporting.Spc;
using SpReporting.Statistics;
using static SpReporting.Tests.Spc.SpcSeries;
using R = SpReporting.Spc.SpecialCause;

namespace SpReporting.Tests.Spc;

/// <summary>Each rule with a series that triggers it and one that only just fails to. Limits: see <see cref="SpcSeries"/>.</summary>
public class XmRRuleTests
{
    private const R N = R.None;

    [Fact]
    public void The_baseline_alone_is_common_cause() =>
        Assert.All(XmR.Analyse(Baseline(), Polarity.Higher, Fixed).Points, p => Assert.Equal(N, p.Rule));

    [Fact]
    public void Outside_strictly_above_or_below_a_process_limit()
    {
        Assert.Equal([R.Outside], TailRules(After([17]), 1));
        Assert.Equal([R.Outside], TailRules(After([5]), 1));
    }

    [Fact]
    public void A_point_exactly_on_a_limit_is_not_outside()
    {
        var limits = Limits;
        Assert.Equal([N], TailRules(After([limits.Upper]), 1));
        Assert.Equal([N], TailRules(After([limits.Lower]), 1));
        // Points are compared at 15 significant digits (docs/statistics.md): the smallest step beyond a limit is there.
        Assert.Equal([R.Outside], TailRules(After([limits.Upper + 1e-12]), 1));
        Assert.Equal([R.Outside], TailRules(After([limits.Lower - 1e-12]), 1));
    }

    [Fact]
    public void Trend_of_seven_rising_points_crossing_the_centre()
    {
        // 8 .. 14: three below the centre, four above, all inside the near limits; each higher than the last.
        var result = After([8, 9, 10, 11.5, 12, 13, 14]);
        Assert.Equal(Repeat(R.Trend, 7), TailRules(result, 7));
        // Direction decides: rising is improvement for higher-is-better, even below the centre.
        Assert.All(result.Points.Skip(12), p => Assert.Equal(Variation.Improvement, p.Variation));
    }

    [Fact]
    public void Trend_of_seven_falling_points()
    {
        var result = After([14, 13, 12, 11.5, 10, 9, 8]);
        Assert.Equal(Repeat(R.Trend, 7), TailRules(result, 7));
        Assert.All(result.Points.Skip(12), p => Assert.Equal(Variation.Concern, p.Variation));
    }

    [Fact]
    public void Six_rising_points_are_not_a_trend() =>
        Assert.Equal(Repeat(N, 6), TailRules(After([8, 9, 10, 11.5, 12, 13]), 6));

    [Fact]
    public void A_repeated_value_breaks_a_trend() =>
        Assert.Equal(Repeat(N, 8), TailRules(After([8, 9, 10, 10, 11.5, 12, 13, 14]), 8));

    [Fact]
    public void Every_point_of_a_longer_trend_is_flagged() =>
        Assert.Equal(Repeat(R.Trend, 9), TailRules(After([7.5, 8, 9, 10, 11.5, 12, 13, 14, 14.5]), 9));

    [Fact]
    public void Two_of_three_beyond_the_upper_near_limit()
    {
        // 15 and 15 are beyond 14.5467; 11.5 is above the centre but not beyond: it is not flagged.
        Assert.Equal([R.TwoOfThree, N, R.TwoOfThree], TailRules(After([15, 11.5, 15]), 3));
        Assert.Equal([R.TwoOfThree, R.TwoOfThree, N], TailRules(After([15, 15, 11.5]), 3));
    }

    [Fact]
    public void Two_of_three_beyond_the_lower_near_limit()
    {
        var result = After([7, 10.5, 7]);
        Assert.Equal([R.TwoOfThree, N, R.TwoOfThree], TailRules(result, 3));
        Assert.Equal(Variation.Concern, result.Variation);
    }

    [Fact]
    public void One_of_three_beyond_the_near_limit_is_not_flagged() =>
        Assert.Equal([N, N, N], TailRules(After([15, 11.5, 13]), 3));

    [Fact]
    public void A_point_exactly_on_the_near_limit_is_not_beyond_it() =>
        Assert.Equal([N, N, N], TailRules(After([15, 11.5, Limits.UpperNear]), 3));

    [Fact]
    public void Two_of_three_needs_all_three_on_the_same_side()
    {
        // Both 15s are beyond the near limit, but 10 is below the centre.
        Assert.Equal([N, N, N], TailRules(After([15, 10, 15]), 3));
        // ... and strictly: 11 is exactly on the centre.
        Assert.Equal([N, N, N], TailRules(After([15, 11, 15]), 3));
    }

    [Fact]
    public void Run_of_seven_above_the_centre()
    {
        var result = After([12, 13, 12, 13, 12, 13, 12]);
        Assert.Equal(Repeat(R.Run, 7), TailRules(result, 7));
        Assert.Equal(Variation.Improvement, result.Variation);
    }

    [Fact]
    public void Six_in_a_run_are_not_a_run() =>
        Assert.Equal(Repeat(N, 6), TailRules(After([12, 13, 12, 13, 12, 13]), 6));

    [Fact]
    public void A_point_exactly_on_the_centre_breaks_a_run_and_does_not_count()
    {
        // 3 above, one on the centre (11), 4 above: seven above in eight points, but no run of seven.
        Assert.Equal(Repeat(N, 8), TailRules(After([12, 13, 12, 11, 13, 12, 13, 12]), 8));
    }

    [Fact]
    public void A_run_below_includes_the_baseline_point_before_it()
    {
        // The baseline ends on 10 (below the centre), so 7 more below make a run of 8.
        var result = After([10, 9, 10, 9, 10, 9, 10]);
        Assert.Equal(Repeat(R.Run, 8), TailRules(result, 8));
        Assert.Equal(Variation.Concern, result.Variation);
    }

    [Fact]
    public void Rules_apply_in_priority_order()
    {
        // A run of 7 above, one of whose points is outside and two of which are two-of-three.
        Assert.Equal([R.Run, R.TwoOfThree, R.Outside, R.Run, R.Run, R.Run, R.Run], TailRules(After([12, 15, 17, 13, 12, 13, 12]), 7));
    }

    [Fact]
    public void A_trend_takes_priority_over_a_run_and_its_direction_decides()
    {
        // Seven falling points all above the centre: a run above (high) and a trend down. The trend wins:
        // concern for higher-is-better although every point is above the centre.
        var result = After([13, 12.9, 12.8, 12.7, 12.6, 12.5, 12.4]);
        Assert.Equal(Repeat(R.Trend, 7), TailRules(result, 7));
        Assert.All(result.Points.Skip(12), p => Assert.Equal(Variation.Concern, p.Variation));
    }

    [Fact]
    public void Whole_series_with_every_point_in_the_baseline()
    {
        // Ten points 5, 6, … then ten 8, 9, …: centre 7, mR = 20/19, near limits 7 ± 1.8667 (5.1333, 8.8667),
        // limits 7 ± 2.8 (4.2, 9.8). The 5s and 9s are two-of-three; the 6s and 8s are in runs of ten.
        double[] values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9];
        var result = XmR.Analyse(values, Polarity.Higher, SpcOptions.Default);
        Assert.Equal(7.0, result.Limits!.Centre, 12);
        Assert.Equal(20.0 / 19.0, result.Limits.MeanMovingRange, 12);
        Assert.False(result.TrialLimits);
        for (int i = 0; i < values.Length; i++)
        {
            var expectedRule = values[i] is 5 or 9 ? R.TwoOfThree : R.Run;
            Assert.Equal(expectedRule, result.Points[i].Rule);
            Assert.Equal(i < 10 ? Variation.Concern : Variation.Improvement, result.Points[i].Variation);
        }

        Assert.Equal(Variation.Improvement, result.Variation);
    }

    [Fact]
    public void The_series_variation_is_that_of_its_last_point()
    {
        Assert.Equal(Variation.Improvement, After([17]).Variation);
        Assert.Equal(Variation.CommonCause, After([17, 11]).Variation);
    }
}
