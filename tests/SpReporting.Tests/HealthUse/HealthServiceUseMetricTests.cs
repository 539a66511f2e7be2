using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Publishing;
using SpReporting.Tests.Support;
using SpReporting.Tests.Validation;

namespace SpReporting.Tests.HealthUse;

/// <summary>The four health-service use metrics for the version 2 test return, worked out by hand (docs/metrics.md).</summary>
public class HealthServiceUseMetricTests
{
    private static readonly Partial P = PartialBuilder.Build(Validate.Zip(UtilisationTests.Version2()).PcnReturn!);

    private static MetricValue Calc(string id, double closuresDue = 4) => MetricCalculator.Calculate(
        new WindowInput(P, P, P, MonthsInWindow: 1, Rolling12Months: 1, RegisteredPatients: 30_000, PlannedWte: null,
            ReturnsExpected: 1, MaturityMonths: 50, MonthlyPoints: 20, ClosuresDue: closuresDue)).Single(v => v.MetricId == id);

    [Fact]
    public void Gp_change_is_the_mean_of_after_minus_before_with_a_t_interval()
    {
        // Changes -3, +1, -9: mean -11/3; sd = sqrt((91 - 121/3) / 2) = 5.0332; se = 2.9059; t(0.975, 2) = 4.3027.
        var v = Calc(MetricIds.GpUseChangeMean);
        Assert.Equal(-11.0 / 3, v.Value!.Value, 9);
        Assert.Equal(3, v.People);
        Assert.Equal(-16.170, v.Lower!.Value, 2);
        Assert.Equal(8.837, v.Upper!.Value, 2);
    }

    [Fact]
    public void Gp_reduced_is_the_share_with_fewer_consultations_after()
    {
        var v = Calc(MetricIds.GpUseReducedPct);
        Assert.Equal(200.0 / 3, v.Value!.Value, 9);
        Assert.Equal((2.0, 3.0), (v.Numerator, v.Denominator));
        Assert.Equal(3, v.People);
        Assert.True(v.Lower < v.Value && v.Value < v.Upper);
    }

    [Fact]
    public void Ae_change_uses_only_rows_that_give_both_counts()
    {
        var v = Calc(MetricIds.AeUseChangeMean);
        Assert.Equal(-1, v.Value!.Value, 9); // -2 and 0; the row without A&E counts is left out
        Assert.Equal(2, v.People);
    }

    [Fact]
    public void Coverage_is_rows_over_closures_six_months_earlier_and_never_above_100()
    {
        var v = Calc(MetricIds.UseCoveragePct, closuresDue: 4);
        Assert.Equal(75, v.Value!.Value, 9);
        Assert.Equal((3.0, 4.0), (v.Numerator, v.Denominator));
        Assert.Equal(4, v.People);
        var over = Calc(MetricIds.UseCoveragePct, closuresDue: 2);
        Assert.Equal(100, over.Value!.Value, 9);
        Assert.Null(Calc(MetricIds.UseCoveragePct, closuresDue: 0).Value);
    }

    [Fact]
    public void A_version_1_return_has_no_health_service_use_values_but_is_a_measured_zero_for_coverage()
    {
        var v1 = PartialBuilder.Build(Validate.Zip(ReturnBuilder.Valid()).PcnReturn!);
        var values = MetricCalculator.Calculate(new WindowInput(v1, v1, v1, 1, 1, 30_000, null, 1, 50, 20, ClosuresDue: 5));
        Assert.Null(values.Single(v => v.MetricId == MetricIds.GpUseChangeMean).Value);
        Assert.Null(values.Single(v => v.MetricId == MetricIds.AeUseChangeMean).Value);
        Assert.Equal(0, values.Single(v => v.MetricId == MetricIds.UseCoveragePct).Value);
    }

    [Fact]
    public void The_catalogue_has_the_four_measures_under_outcomes_with_their_polarity_and_the_caveat()
    {
        Assert.Equal(SpReporting.Statistics.Polarity.Lower, MetricCatalog.Get(MetricIds.GpUseChangeMean).Polarity);
        Assert.Equal(SpReporting.Statistics.Polarity.Higher, MetricCatalog.Get(MetricIds.GpUseReducedPct).Polarity);
        Assert.Equal(SpReporting.Statistics.Polarity.Lower, MetricCatalog.Get(MetricIds.AeUseChangeMean).Polarity);
        Assert.Equal(SpReporting.Statistics.Polarity.Higher, MetricCatalog.Get(MetricIds.UseCoveragePct).Polarity);
        Assert.All(SpReporting.Metrics.HealthServiceUse.Measures, id => Assert.Equal(MetricGroup.Outcomes, MetricCatalog.Get(id).Group));
        Assert.Contains("regression to the mean", MetricCatalog.Get(MetricIds.GpUseChangeMean).Definition, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(49.9, false, "not enough measured to judge")]
    [InlineData(null, false, "not enough measured to judge")]
    [InlineData(80.0, true, "too early to judge")]
    [InlineData(30.0, true, "not enough measured to judge")]
    [InlineData(50.0, false, null)]
    public void Coverage_and_maturity_decide_whether_a_judgement_is_fair(double? coverage, bool tooEarly, string? expected) =>
        Assert.Equal(expected, SpReporting.Metrics.HealthServiceUse.Unjudgeable(coverage, tooEarly));

    [Theory]
    [InlineData(MetricIds.GpUseChangeMean, 6, Level.Pcn, true)]
    [InlineData(MetricIds.GpUseChangeMean, 7, Level.Icb, true)]
    [InlineData(MetricIds.GpUseChangeMean, 8, Level.Icb, false)]
    [InlineData(MetricIds.AeUseChangeMean, 1, Level.Region, true)]
    [InlineData(MetricIds.GpUseChangeMean, 6, Level.England, false)]
    public void Means_are_withheld_at_1_to_7_people_below_england(string id, double n, Level level, bool withheld)
    {
        var p = Disclosure.Apply(new MetricValue(id, -1.2, -1.2 * n, n, -3, 0.5) { People = n }, level);
        Assert.Equal(withheld, p.Suppressed);
        Assert.Equal(withheld ? "" : "-1.2", p.Text);
        if (withheld) { Assert.All(new[] { p.Denominator, p.Lower, p.Upper }, s => Assert.Equal("", s)); }
    }

    [Fact]
    public void Coverage_and_reduced_percentages_come_from_rounded_counts_and_are_withheld_on_small_ones()
    {
        var small = Disclosure.Apply(new MetricValue(MetricIds.UseCoveragePct, 50, 5, 10, 24, 76) { People = 10 }, Level.Pcn);
        Assert.True(small.Suppressed);
        var reduced = Disclosure.Apply(new MetricValue(MetricIds.GpUseReducedPct, 100.0 * 23 / 61, 23, 61, 26, 50) { People = 61 }, Level.Icb);
        Assert.Equal(("25", "60"), (reduced.Numerator, reduced.Denominator));
        var england = Disclosure.Apply(new MetricValue(MetricIds.UseCoveragePct, 50, 5, 10, 24, 76) { People = 10 }, Level.England);
        Assert.False(england.Suppressed);
        Assert.Equal(("5", "10"), (england.Numerator, england.Denominator));
    }
}
