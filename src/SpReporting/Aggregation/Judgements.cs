using SpReporting.Metrics;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Spc;
using SpReporting.Statistics;

namespace SpReporting.Aggregation;

/// <summary>
/// Adds the statistical judgements of METRICS.md to an area's rows: SPC variation and assurance on
/// monthly series, and benchmark comparisons with England and (for a PCN) its ICB.
/// </summary>
internal static class Judgements
{
    /// <summary>The monthly series that get XmR charts (METRICS.md names at least these); <c>MetricCalculator.CalculateSpcSeries</c> computes the same list.</summary>
    public static readonly string[] SpcMetrics =
    [
        MetricIds.Received, MetricIds.RatePer1k, MetricIds.Wte, MetricIds.WaitMedianDays, MetricIds.WellbeingPairedPct,
        MetricIds.Contact14dPct, MetricIds.WiderDeterminantsPct, MetricIds.SocialOutcomePct,
        MetricIds.GpUseChangeMean, MetricIds.UseCoveragePct,
    ];

    /// <summary>
    /// Series that get no chart at all, not even trial limits, until this many monthly points exist: the
    /// health-service use measures start only six months into a service and are judged on a year's data (docs/metrics.md).
    /// </summary>
    public static int MinimumPoints(string metricId) =>
        metricId is MetricIds.GpUseChangeMean or MetricIds.UseCoveragePct ? Metrics.MetricCalculator.MinimumMonthlyPoints : 2;

    /// <summary>
    /// Judges each SPC series once, on the values as published at the area's level (withheld months are gaps),
    /// leaving out months before the service began (<paramref name="inService"/>); assurance only against the
    /// plan in force for the quarter of the judged (last) point. See docs/statistics.md, "Which values are judged".
    /// </summary>
    public static void ApplySpc(List<AggregateRow> rows, AggregationInput input, IReadOnlyDictionary<Quarter, double> plans, Func<Month, bool> inService)
    {
        var monthly = rows.Where(r => r.Window == Window.Month && inService(r.End)).ToList();
        foreach (var id in SpcMetrics)
        {
            var definition = MetricCatalog.Get(id);
            var index = MetricCatalog.IndexOf(id);
            var points = new List<(AggregateRow Row, double Value)>(monthly.Count);
            foreach (var row in monthly)
            {
                if (PublishedNumber.Of(row.Values[index], row.Area.Level) is { } v) { points.Add((row, v)); }
            }
            if (points.Count < MinimumPoints(id)) { continue; }
            var target = id == MetricIds.Wte ? PlanInForce(plans, points[^1].Row.End) : null;
            var result = XmR.Analyse(points.Select(p => p.Value).ToArray(), definition.Polarity, input.Spc, target);
            for (var i = 0; i < points.Count; i++)
            {
                var variation = result.Points[i].Variation.ToCode();
                var assurance = i == points.Count - 1 && target is not null ? result.Assurance.ToCode() : null;
                points[i].Row.Update(index, points[i].Row.Values[index] with { Variation = variation, Assurance = assurance });
            }
        }
    }

    /// <summary>The plan for the judged month's quarter, at its published precision; none when no plan covers that quarter.</summary>
    public static double? PlanInForce(IReadOnlyDictionary<Quarter, double> plans, Month judged) =>
        plans.TryGetValue(judged.Quarter, out var plan) && plan > 0 ? PublishedPlan(plan) : null;

    /// <summary>A plan as the publication shows it (the denominator of WTE against plan).</summary>
    public static double PublishedPlan(double plan) => Math.Round(plan, 2, MidpointRounding.AwayFromZero);

    public static void ApplyBenchmarks(List<AggregateRow> rows, Dictionary<(Window, string), AggregateRow>? england, Dictionary<(Window, string), AggregateRow>? parent)
    {
        if (england is null) { return; }
        foreach (var row in rows)
        {
            var e = england.GetValueOrDefault((row.Window, row.Period));
            var p = parent?.GetValueOrDefault((row.Window, row.Period));
            for (var i = 0; i < row.Values.Count; i++)
            {
                var v = row.Values[i];
                var d = MetricCatalog.All[i];
                if (d.Kind is not (MetricKind.Percent or MetricKind.Rate or MetricKind.Mean)) { continue; }
                var vsEngland = ReferenceEquals(e, row) ? null : Compare(v, d, e?.Values[i]);
                var vsParent = p is null ? null : Compare(v, d, p.Values[i]);
                if (vsEngland != v.ComparedToEngland || vsParent != v.ComparedToParent)
                {
                    row.Update(i, v with { ComparedToEngland = vsEngland, ComparedToParent = vsParent });
                }
            }
        }
    }

    private static string? Compare(MetricValue value, MetricDefinition definition, MetricValue? comparator)
    {
        return Benchmark.Compare(value.Value, value.Lower, value.Upper, value.People, comparator?.Value, definition.Polarity).ToCode();
    }
}
