using SpReporting.Aggregation;
using SpReporting.Periods;

namespace SpReporting.Packs;

/// <summary>
/// Which aggregate rows a pack reads, so the publish step can pick them from one pass over the aggregates: an
/// ICB pack lists England (the comparator), the ICB and its PCNs; the England pack lists every area.
/// </summary>
public static class PackScope
{
    public static bool Lists(AreaNode scope, AreaNode area) => scope.Level switch
    {
        Level.England => true,
        _ => area.Level == Level.England || area.Code == scope.Code || area.ParentCode == scope.Code,
    };

    /// <summary>A row for <see cref="PackInput.HeadlineRows"/>: a window ending in the period (the quarter's row is the quarter to date).</summary>
    public static bool IsHeadline(AggregateRow row, Month period) => row.End == period;

    /// <summary>A row for <see cref="PackInput.MonthlyRows"/>.</summary>
    public static bool IsMonthly(AggregateRow row, Month period) => row.Window == Window.Month && row.End <= period;
}
