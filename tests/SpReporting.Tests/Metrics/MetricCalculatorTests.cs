using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Tests.Support;

namespace SpReporting.Tests.Metrics;

/// <summary>Every metric for the test return (one PCN, one month), worked out by hand.</summary>
public class MetricCalculatorTests
{
    private const double Patients = 32_169;
    private static readonly Partial P = PartialBuilder.Build(Validate.Zip(ReturnBuilder.Valid()).PcnReturn!, late: true, warnings: 2);

    private static readonly IReadOnlyList<MetricValue> Values = MetricCalculator.Calculate(
        new WindowInput(P, P, P, MonthsInWindow: 1, Rolling12Months: 1, RegisteredPatients: Patients, PlannedWte: 2.5,
            ReturnsExpected: 1, MaturityMonths: 50, MonthlyPoints: 20));

    private static double? Value(string id) => Values.Single(v => v.MetricId == id).Value;

    [Theory]
    [InlineData(MetricIds.Headcount, 2)]
    [InlineData(MetricIds.Wte, 1.986667)]
    [InlineData(MetricIds.WteArrs, 1.986667)]
    [InlineData(MetricIds.WtePer10k, 1.986667 * 10_000 / Patients)]
    [InlineData(MetricIds.VacantWte, 0.6)]
    [InlineData(MetricIds.Leavers, 1)]
    [InlineData(MetricIds.Turnover12m, 50)] // 1 leaver / mean headcount 2
    [InlineData(MetricIds.CaseloadPerWte, 75 / 1.986667)]
    [InlineData(MetricIds.SupervisedPct, 100)]
    [InlineData(MetricIds.NonSpPct, 5 * 100 / (0.986667 * 150))]
    [InlineData(MetricIds.StaffWellbeingMean, 7.5)]
    [InlineData(MetricIds.VsPlanPct, 1.986667 * 100 / 2.5)]
    [InlineData(MetricIds.Received, 3)]
    [InlineData(MetricIds.RatePer1k, 3 * 1000 * 12 / Patients)]
    [InlineData(MetricIds.NonGpPct, 200.0 / 3)]
    [InlineData("ref_reason_LONELINESS_pct", 100.0 / 3)]
    [InlineData("ref_reason_MONEY_DEBT_BENEFITS_pct", 0)]
    [InlineData(MetricIds.WiderDeterminantsPct, 200.0 / 3)]
    [InlineData(MetricIds.WaitMedianDays, 2)] // waits of 0 and 4 days
    [InlineData(MetricIds.Contact14dPct, 100)]
    [InlineData(MetricIds.ImdQ1Pct, 0)]
    [InlineData("ref_by_age_band_65_74", 1)]
    [InlineData("ref_by_imd_q5", 1)]
    [InlineData(MetricIds.Closures, 2)]
    [InlineData(MetricIds.DeclinedDnePct, 100.0 / 3)]
    [InlineData(MetricIds.ConnectionsMean, 2)]
    [InlineData(MetricIds.WellbeingPairedPct, 100)]
    [InlineData("out_wellbeing_change_ONS4_LS", 3)]
    [InlineData("out_wellbeing_change_MYCAW", 2)] // 5 -> 3: lower is better, so +2
    [InlineData(MetricIds.WellbeingImprovedPct, 100)]
    [InlineData(MetricIds.SocialOutcomePct, 100)]
    [InlineData(MetricIds.MeasurementMatchPct, 100)]
    [InlineData(MetricIds.Respondents, 1)]
    [InlineData(MetricIds.Coherence, 4)]
    [InlineData(MetricIds.CognitiveParticipation, 11.0 / 3)] // NR excluded
    [InlineData(MetricIds.CollectiveAction, 22.0 / 7)]
    [InlineData(MetricIds.NormalNow, 7)]
    [InlineData(MetricIds.MaturityMonths, 50)]
    [InlineData(MetricIds.ReturnsExpected, 1)]
    [InlineData(MetricIds.ReturnsReceived, 1)]
    [InlineData(MetricIds.OnTimePct, 0)]
    [InlineData(MetricIds.CompletenessPct, 100)]
    [InlineData(MetricIds.WarningsPerReturn, 2)]
    public void Values_match_the_hand_worked_example(string id, double expected) =>
        Assert.Equal(expected, Value(id)!.Value, 6);

    [Fact]
    public void Stage_is_the_first_construct_below_3_5() =>
        Assert.Equal("COLLECTIVE_ACTION", Values.Single(v => v.MetricId == MetricIds.Stage).Label);

    [Fact]
    public void A_mature_service_with_enough_points_is_not_too_early() =>
        Assert.Equal("no", Values.Single(v => v.MetricId == MetricIds.TooEarlyToJudge).Label);

    [Theory]
    [InlineData(23, 20, "yes")]
    [InlineData(24, 11, "yes")]
    [InlineData(24, 12, "no")]
    public void Too_early_to_judge_under_24_months_or_12_points(double maturity, int points, string expected)
    {
        var values = MetricCalculator.Calculate(new WindowInput(P, P, P, 1, 1, Patients, null, 1, maturity, points));
        Assert.Equal(expected, values.Single(v => v.MetricId == MetricIds.TooEarlyToJudge).Label);
    }

    [Fact]
    public void Every_catalogue_metric_is_computed_once()
    {
        Assert.Equal(MetricCatalog.All.Select(m => m.Id).Order(), Values.Select(v => v.MetricId).Order());
    }

    [Fact]
    public void Percentages_carry_wilson_intervals()
    {
        var v = Values.Single(x => x.MetricId == MetricIds.NonGpPct);
        Assert.Equal(2, v.Numerator);
        Assert.Equal(3, v.Denominator);
        Assert.True(v.Lower < v.Value && v.Value < v.Upper);
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_wait()
    {
        var p = new Partial([KeyValuePair.Create(Components.Returns, 1.0), KeyValuePair.Create(Components.WaitN, 3.0),
            KeyValuePair.Create(Components.WaitDays(2), 1.0), KeyValuePair.Create(Components.WaitDays(9), 1.0), KeyValuePair.Create(Components.WaitDays(200), 1.0)], null);
        var values = MetricCalculator.Calculate(new WindowInput(p, p, p, 1, 1, null, null, 1, null, 0));
        Assert.Equal(9, values.Single(v => v.MetricId == MetricIds.WaitMedianDays).Value);
    }

    [Fact]
    public void The_spc_series_values_are_the_full_calculation_values()
    {
        var input = new WindowInput(P, P, P, 1, 1, Patients, 2.5, 1, 50, 20);
        var series = MetricCalculator.CalculateSpcSeries(input);
        var full = MetricCalculator.Calculate(input);
        foreach (var id in SpReporting.Aggregation.Judgements.SpcMetrics)
        {
            var i = MetricCatalog.IndexOf(id);
            Assert.Equal(full[i], series[i]);
        }
        Assert.Equal(MetricCatalog.All.Count, series.Length);
    }

    /// <summary>Received in March: R-0001 (loneliness and housing, 65-74, female, white, IMD 3), R-0003 (food, 25-34, female, Asian, IMD unknown), R-0004 (mental wellbeing, 18-24, other, mixed, IMD 10).</summary>
    [Fact]
    public void Every_reason_and_equity_count_matches_the_hand_worked_example()
    {
        var reasons = new Dictionary<string, double> { ["LONELINESS"] = 1, ["HOUSING"] = 1, ["FOOD"] = 1, ["MENTAL_WELLBEING"] = 1 };
        foreach (var code in SpReporting.Returns.CodeLists.Reason.Codes)
        {
            Assert.Equal(100 * reasons.GetValueOrDefault(code) / 3, Value(MetricIds.ReasonPct(code))!.Value, 9);
        }
        var counts = new Dictionary<string, double>
        {
            ["ref_by_age_band_65_74"] = 1, ["ref_by_age_band_25_34"] = 1, ["ref_by_age_band_18_24"] = 1,
            ["ref_by_sex_FEMALE"] = 2, ["ref_by_sex_OTHER"] = 1,
            ["ref_by_ethnic_group_WHITE"] = 1, ["ref_by_ethnic_group_ASIAN"] = 1, ["ref_by_ethnic_group_MIXED"] = 1,
            ["ref_by_imd_q2"] = 1, ["ref_by_imd_q5"] = 1,
        };
        foreach (var id in MetricCatalog.All.Select(m => m.Id).Where(id => id.StartsWith("ref_by_", StringComparison.Ordinal)))
        {
            Assert.Equal(counts.GetValueOrDefault(id), Value(id));
        }
    }

    [Fact]
    public void Tools_without_paired_scores_have_no_change_and_reflexive_monitoring_excludes_blanks()
    {
        Assert.Null(Value("out_wellbeing_change_SWEMWBS")); // R-0001 is open: a baseline only
        Assert.Null(Value("out_wellbeing_change_WEMWBS"));
        Assert.Equal(13.0 / 4, Value(MetricIds.ReflexiveMonitoring)!.Value, 9); // 3, 4, blank, 3, 3
    }
}
