using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;
using SpReporting.Periods;

namespace SpReporting.Tests.Packs;

/// <summary>Hand-made aggregate rows for England, one ICB and one PCN: every window ending in March 2024.</summary>
public static class CraftedRows
{
    public static readonly Month Period = new(2024, 3);
    public static readonly AreaNode England = new(Level.England, "E92000001", "England", null, ["U00001"]);
    public static readonly AreaNode Icb = new(Level.Icb, "QXX", "NHS Example Integrated Care Board", "Y99", ["U00001"]);
    public static readonly AreaNode Pcn = new(Level.Pcn, "U00001", "Example PCN", "QXX", ["U00001"]);

    /// <summary>A row with the given values set and every other metric empty.</summary>
    public static AggregateRow Row(AreaNode area, Window window, params MetricValue[] set)
    {
        var values = MetricCatalog.All.Select(d => set.FirstOrDefault(v => v.MetricId == d.Id) ?? new MetricValue(d.Id, null));
        return new AggregateRow(area, window, window == Window.Quarter ? Period.Quarter.ToString() : Period.ToString(), Period, values);
    }

    public static PackInput Input(Func<AreaNode, MetricValue[]> values, IEnumerable<AggregateRow>? monthly = null, IReadOnlyList<IcbNarrative>? narratives = null)
    {
        AreaNode[] areas = [England, Icb, Pcn];
        var headline = areas.SelectMany(a => new[] { Window.Month, Window.Quarter, Window.Fytd, Window.R12 }.Select(w => Row(a, w, values(a)))).ToList();
        return new PackInput("Crafted pack", Icb, Period, headline, monthly ?? headline.Where(r => r.Window == Window.Month).ToList(),
            [new ReturnStatus(Pcn.Code, Period, ReturnState.Late)], narratives ?? [], new DateOnly(2024, 4, 20), new DateOnly(2024, 5, 20), "team@example.nhs.uk");
    }
}
