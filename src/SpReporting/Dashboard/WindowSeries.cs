using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Publishing;

namespace SpReporting.Dashboard;

/// <summary>
/// One area's published values for one window, metric by metric over its periods (oldest first):
/// the compact column form the data files use, <c>{"periods": [...], "m": {id: {"v": [...], ...}}}</c>.
/// <c>v</c> holds numbers, words, or shorthand strings (<c>[c]</c>, <c>[x]</c>); <c>lo</c>/<c>hi</c> the
/// 95% interval, <c>e</c>/<c>p</c> the comparison with England and the parent, <c>den</c> the
/// denominator (the plan, for WTE against plan); each is written only when it has something.
/// </summary>
public sealed class WindowSeries
{
    private readonly Dictionary<string, PublishedCell[]> _cells;

    private WindowSeries(IReadOnlyList<string> periods, Dictionary<string, PublishedCell[]> cells)
    {
        Periods = periods;
        _cells = cells;
    }

    public IReadOnlyList<string> Periods { get; }

    public IReadOnlyList<PublishedCell> this[string metricId] => _cells[metricId];

    public bool Has(string metricId) => _cells.ContainsKey(metricId);

    /// <summary>The rows of one window (any order), each metric run through disclosure control at the area's level.</summary>
    public static WindowSeries From(IEnumerable<AggregateRow> rows, Window window, IReadOnlyList<string> metrics)
    {
        var ordered = rows.Where(r => r.Window == window).OrderBy(r => r.End).ThenBy(r => r.Period, StringComparer.Ordinal).ToList();
        var cells = new Dictionary<string, PublishedCell[]>(StringComparer.Ordinal);
        foreach (var id in metrics.Distinct())
        {
            var d = MetricCatalog.Get(id);
            var column = new PublishedCell[ordered.Count];
            for (var i = 0; i < ordered.Count; i++)
            {
                var value = ordered[i].Find(id);
                var cell = value is null ? PublishedCell.Missing : PublishedCell.From(Disclosure.Apply(value, ordered[i].Area.Level), d);
                // Only the plan (the denominator of WTE against plan) is shown; other denominators would only add weight.
                column[i] = id == MetricIds.VsPlanPct ? cell : cell with { Denominator = null };
            }
            cells[id] = column;
        }
        return new WindowSeries(ordered.Select(r => r.Period).ToArray(), cells);
    }

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("periods");
        foreach (var p in Periods) { json.WriteStringValue(p); }
        json.WriteEndArray();
        json.WriteStartObject("m");
        foreach (var (id, column) in _cells)
        {
            json.WritePropertyName(id);
            WriteColumn(json, column);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes one metric's arrays; also used for the children files.</summary>
    public static void WriteColumn(Utf8JsonWriter json, IReadOnlyList<PublishedCell> column)
    {
        json.WriteStartObject();
        json.WriteStartArray("v");
        foreach (var c in column)
        {
            if (c.Number is { } n) { json.WriteNumberValue(n); }
            else { json.WriteStringValue(c.Text ?? Shorthand.NotAvailable); }
        }
        json.WriteEndArray();
        Numbers(json, "lo", column, c => c.Lower);
        Numbers(json, "hi", column, c => c.Upper);
        Numbers(json, "den", column, c => c.Denominator);
        Words(json, "e", column, c => c.ComparedToEngland);
        Words(json, "p", column, c => c.ComparedToParent);
        json.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<PublishedCell> column, Func<PublishedCell, double?> pick)
    {
        if (!column.Any(c => pick(c) is not null)) { return; }
        json.WriteStartArray(name);
        foreach (var c in column)
        {
            if (pick(c) is { } x) { json.WriteNumberValue(x); } else { json.WriteNullValue(); }
        }
        json.WriteEndArray();
    }

    private static void Words(Utf8JsonWriter json, string name, IReadOnlyList<PublishedCell> column, Func<PublishedCell, string> pick)
    {
        if (column.All(c => pick(c).Length == 0)) { return; }
        json.WriteStartArray(name);
        foreach (var c in column)
        {
            var w = pick(c);
            if (w.Length > 0) { json.WriteStringValue(w); } else { json.WriteNullValue(); }
        }
        json.WriteEndArray();
    }
}
