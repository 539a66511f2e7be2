using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;
using SpReporting.Periods;

namespace SpReporting.Storage.Publishing;

/// <summary>
/// What publishing keeps while it reads each area once: the areas with data, their headline rows (the
/// windows ending in the latest month) and each PCN's return status by month, for the packs.
/// </summary>
internal sealed class PublishedAreas
{
    public List<AreaNode> Areas { get; } = [];
    public Dictionary<string, List<AggregateRow>> Headlines { get; } = new(StringComparer.Ordinal);
    public List<ReturnStatus> Returns { get; } = [];

    /// <summary>The latest month: England comes first and has every month, so it fixes it for every area.</summary>
    public Month? Latest { get; private set; }

    /// <summary>Every month published, oldest first (England's monthly rows).</summary>
    public List<string> Months { get; } = [];

    public void Add(AreaNode area, IReadOnlyList<AggregateRow> rows)
    {
        if (Latest is null)
        {
            Latest = rows.Max(r => r.End);
            Months.AddRange(rows.Where(r => r.Window == Window.Month).OrderBy(r => r.End).Select(r => r.Period));
        }
        Areas.Add(area);
        Headlines[area.Code] = [.. rows.Where(r => PackScope.IsHeadline(r, Latest.Value))];
        if (area.Level != Level.Pcn) { return; }
        foreach (var row in rows.Where(r => r.Window == Window.Month))
        {
            var expected = row.Find(MetricIds.ReturnsExpected)?.Value ?? 0;
            if (expected <= 0) { continue; }
            var received = row.Find(MetricIds.ReturnsReceived)?.Value ?? 0;
            var onTime = row.Find(MetricIds.OnTimePct)?.Value ?? 0;
            Returns.Add(new ReturnStatus(area.Code, row.End, received <= 0 ? ReturnState.Missing : onTime > 0 ? ReturnState.OnTime : ReturnState.Late));
        }
    }
}
