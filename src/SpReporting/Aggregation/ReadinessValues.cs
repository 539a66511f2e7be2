using SpReporting.Metrics;
using SpReporting.Readiness;

namespace SpReporting.Aggregation;

/// <summary>
/// Fills an area's review readiness metrics (docs/metrics.md, "Review readiness") from the readiness table,
/// at the end month of each row: a PCN's status and earliest month; an area's share and the month by which
/// the options' share of its PCNs is fair to judge.
/// </summary>
internal static class ReadinessValues
{
    private static readonly int Fair = MetricCatalog.IndexOf(MetricIds.ReadyToJudge);
    private static readonly int Reason = MetricCatalog.IndexOf(MetricIds.ReadyReason);
    private static readonly int Share = MetricCatalog.IndexOf(MetricIds.ReadySharePct);
    private static readonly int From = MetricCatalog.IndexOf(MetricIds.ReadyMonth);

    public static void Apply(List<AggregateRow> rows, AreaNode area, ReadinessTable table)
    {
        // Readiness is a judgement at a month, so it is on monthly rows only: an incremental refresh rewrites
        // every monthly row of an area above a changed PCN, so a late return cannot leave a stale value behind.
        rows = rows.Where(r => r.Window == Window.Month).ToList();
        if (area.Level == Level.Pcn)
        {
            var earliest = table.Earliest(area.Code)?.ToString();
            foreach (var row in rows)
            {
                var status = table.Status(area.Code, row.End);
                row.Update(Fair, new MetricValue(MetricIds.ReadyToJudge, null, Label: status == ReadinessReason.Fair ? "yes" : "no"));
                row.Update(Reason, new MetricValue(MetricIds.ReadyReason, null, Label: status == ReadinessReason.Fair ? null : status.ToCode()));
                row.Update(From, new MetricValue(MetricIds.ReadyMonth, null, Label: earliest));
            }
            return;
        }
        var reached = table.ShareReached(area.Pcns)?.ToString();
        foreach (var row in rows)
        {
            var at = table.At(area.Pcns, row.End);
            row.Update(Fair, new MetricValue(MetricIds.ReadyToJudge, null, Label: at.Considered == 0 ? null : at.IsFair(table.Options) ? "yes" : "no"));
            row.Update(Share, new MetricValue(MetricIds.ReadySharePct, at.Share * 100, at.Fair, at.Considered));
            row.Update(From, new MetricValue(MetricIds.ReadyMonth, null, Label: reached));
        }
    }
}
