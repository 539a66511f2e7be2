using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Aggregation;

/// <summary>
/// Which rows an incremental refresh recomputes after some PCN-months changed: every area's rows for
/// the windows that contain a changed month (values, and comparisons with England and the ICB, move),
/// and the whole monthly series of each area above a changed PCN (its SPC limits move with any point).
/// </summary>
public sealed record RefreshScope(IReadOnlySet<(Window Window, string Period)> Windows, IReadOnlySet<string> SeriesAreas)
{
    public bool Includes(AggregateRow row) =>
        Windows.Contains((row.Window, row.Period)) || (row.Window == Window.Month && SeriesAreas.Contains(row.Area.Code));

    public static RefreshScope Of(IEnumerable<(string Pcn, Month Month)> dirty, OrganisationRegistry organisations, Month to)
    {
        var windows = new HashSet<(Window, string)>();
        var areas = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pcn, month) in dirty)
        {
            if (organisations.FindPcn(pcn) is { } o)
            {
                areas.UnionWith([o.PcnCode, o.IcbCode, o.RegionCode, OrganisationRegistry.EnglandCode]);
            }
            AddWindows(windows, month, to);
            // A month's closures are the coverage denominator of the month six later (docs/metrics.md).
            var due = month.AddMonths(Returns.Pcn.UtilisationRow.WindowMonths);
            if (due <= to) { AddWindows(windows, due, to); }
        }
        return new RefreshScope(windows, areas);
    }

    private static void AddWindows(HashSet<(Window, string)> windows, Month month, Month to)
    {
        windows.Add((Window.Month, month.ToString()));
        windows.Add((Window.Quarter, month.Quarter.ToString()));
        var fyEnd = new Month(month.Number >= 4 ? month.Year + 1 : month.Year, 3);
        for (var m = month; m <= to && m <= fyEnd; m = m.AddMonths(1)) { windows.Add((Window.Fytd, m.ToString())); }
        for (var m = month; m <= to && m <= month.AddMonths(11); m = m.AddMonths(1)) { windows.Add((Window.R12, m.ToString())); }
    }
}
