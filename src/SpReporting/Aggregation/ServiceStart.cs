using SpReporting.Metrics;

namespace SpReporting.Aggregation;

/// <summary>
/// Whether a PCN's month is before its link-worker service began (no link worker has started by the month's
/// end, so it has no maturity yet). Such months are not part of its SPC series: they are shown as "before the
/// service began", never judged as zeros (docs/statistics.md, "Which values are judged").
/// </summary>
public static class ServiceStart
{
    public const string BeforeLabel = "Before the service began";

    public static bool IsBefore(AggregateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Area.Level == Level.Pcn && row.Window == Window.Month && row.Find(MetricIds.MaturityMonths)?.Value is null;
    }
}
