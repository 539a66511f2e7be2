using SpReporting.Metrics;
using SpReporting.Periods;

namespace SpReporting.Aggregation;

/// <summary>Every metric of one area for one window ending in one period, with its judgements.</summary>
public sealed class AggregateRow(AreaNode area, Window window, string period, Month end, IEnumerable<MetricValue> values)
{
    private readonly MetricValue[] _values = [.. values];

    public AreaNode Area { get; } = area;
    public Window Window { get; } = window;
    public string Period { get; } = period;
    public Month End { get; } = end;
    public IReadOnlyList<MetricValue> Values => _values;

    public MetricValue? Find(string metricId)
    {
        foreach (var v in _values)
        {
            if (v.MetricId == metricId) { return v; }
        }
        return null;
    }

    /// <summary>Adds judgements to one value; only the aggregator does this, before the row is published.</summary>
    internal void Update(string metricId, Func<MetricValue, MetricValue> change)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i].MetricId == metricId) { _values[i] = change(_values[i]); return; }
        }
    }

    internal void UpdateAll(Func<MetricValue, MetricValue> change)
    {
        for (var i = 0; i < _values.Length; i++) { _values[i] = change(_values[i]); }
    }
}
