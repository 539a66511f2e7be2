using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Returns;
using SpReporting.Spc;

namespace SpReporting.Dashboard;

/// <summary>
/// Which metrics the dashboard's views show, per window: only these are written to the data files,
/// which keeps one area's file small however long the history.
/// </summary>
public static class DashboardMetrics
{
    /// <summary>
    /// The monthly series drawn as XmR charts: exactly the series the aggregation judges, so the dashboard
    /// shows every judgement that <c>metrics.csv</c> and the packs carry (docs/statistics.md).
    /// </summary>
    public static IReadOnlyList<string> Spc { get; } = Aggregation.Judgements.SpcMetrics;

    /// <summary>Monthly: headline cards, SPC, maturity and data quality.</summary>
    public static IReadOnlyList<string> Month { get; } =
    [
        .. Spc, MetricIds.Headcount, MetricIds.WtePer10k, MetricIds.VacantWte, MetricIds.Closures,
        MetricIds.MaturityMonths, MetricIds.TooEarlyToJudge,
        MetricIds.ReturnsExpected, MetricIds.ReturnsReceived, MetricIds.OnTimePct, MetricIds.CompletenessPct, MetricIds.WarningsPerReturn,
    ];

    /// <summary>Quarterly: referral reasons over time, implementation, outcomes and workforce against plan.</summary>
    public static IReadOnlyList<string> Quarter { get; } =
    [
        .. CodeLists.Reason.Codes.Select(MetricIds.ReasonPct), MetricIds.WiderDeterminantsPct, MetricIds.Received,
        MetricIds.Respondents, MetricIds.Coherence, MetricIds.CognitiveParticipation, MetricIds.CollectiveAction,
        MetricIds.ReflexiveMonitoring, MetricIds.NormalNow, MetricIds.Stage,
        MetricIds.Closures, MetricIds.WellbeingImprovedPct, MetricIds.SocialOutcomePct, MetricIds.MeasurementMatchPct,
        MetricIds.WellbeingPairedPct, MetricIds.DeclinedDnePct, MetricIds.ConnectionsMean,
        .. WellbeingTool.Scored.Select(t => MetricIds.WellbeingChange(t.Code)),
        .. HealthServiceUse.Measures,
        MetricIds.Wte, MetricIds.VsPlanPct, MetricIds.VacantWte, MetricIds.Turnover12m, MetricIds.SupervisedPct,
        MetricIds.NonSpPct, MetricIds.StaffWellbeingMean, MetricIds.CaseloadPerWte,
    ];

    /// <summary>Rolling 12 months: equity (who is referred) and the reasons snapshot, which need a year to be stable.</summary>
    public static IReadOnlyList<string> R12 { get; } =
    [
        MetricIds.Received, MetricIds.ImdQ1Pct, MetricIds.NonGpPct,
        .. MetricCatalog.All.Where(m => m.Id.StartsWith("ref_by_", StringComparison.Ordinal)).Select(m => m.Id),
        .. CodeLists.Reason.Codes.Select(MetricIds.ReasonPct), MetricIds.WiderDeterminantsPct,
        MetricIds.CompletenessPct, MetricIds.OnTimePct, MetricIds.WarningsPerReturn,
    ];

    /// <summary>What each area contributes to its parent's children file (maturity-aligned view, data quality and plan by child).</summary>
    public static IReadOnlyList<string> ChildMonth { get; } =
    [
        MetricIds.MaturityMonths, MetricIds.RatePer1k, MetricIds.WtePer10k, MetricIds.Contact14dPct, MetricIds.WaitMedianDays,
        MetricIds.ReturnsExpected, MetricIds.ReturnsReceived, MetricIds.OnTimePct,
    ];

    public static IReadOnlyList<string> ChildR12 { get; } = [MetricIds.CompletenessPct, MetricIds.OnTimePct, MetricIds.WarningsPerReturn];

    public static IReadOnlyList<string> ChildQuarter { get; } = [MetricIds.Wte, MetricIds.VsPlanPct];

    public static IReadOnlyList<string> For(Window window) => window switch
    {
        Window.Month => Month,
        Window.Quarter => Quarter,
        Window.R12 => R12,
        _ => [],
    };

    /// <summary>The windows written, with their JSON names.</summary>
    public static IReadOnlyList<Window> Windows { get; } = [Window.Month, Window.Quarter, Window.R12];

    /// <summary>Plain-English names of the special-cause rules, shown beside flagged points.</summary>
    public static string RuleLabel(SpecialCause rule) => rule switch
    {
        SpecialCause.Outside => "Outside the process limits",
        SpecialCause.Trend => "Trend: 7 points each higher (or lower) than the last",
        SpecialCause.TwoOfThree => "Two of three points beyond a near limit",
        SpecialCause.Run => "Run: 7 or more points on one side of the centre",
        _ => "Common cause",
    };
}
