using SpReporting.Metrics;
using SpReporting.Periods;

namespace SpReporting.Aggregation;

/// <summary>Every metric of one area for one window ending in one period, with its judgements.</summary>
public sealed class AggregateRow(AreaNode area, Window window, string period, Month end, IEnumerable<MetricValue> values)
{
    private readonly MetricValue[] _values = Ordered([.. values]);

    private static MetricValue[] Ordered(MetricValue[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (MetricCatalog.All[i].Id != values[i].MetricId) { throw new ArgumentException($"Values must follow the catalogue order; {values[i].MetricId} is at {i}."); }
        }
        return values;
    }

    public AreaNode Area { get; } = area;
    public Window Window { get; } = window;
    public string Period { get; } = period;
    public Month End { get; } = end;
    public IReadOnlyList<MetricValue> Values => _values;

    /// <summary>A metric's value; rows hold every catalogue metric in catalogue order, so this is an index.</summary>
    public MetricValue? Find(string metricId) => MetricCatalog.IndexOf(metricId) is var i and >= 0 && i < _values.Length ? _values[i] : null;

    /// <summary>Adds judgements to one value; only the aggregator does this, before the row is published.</summary>
    internal void Update(int index, MetricValue value) => _values[index] = value;
}
