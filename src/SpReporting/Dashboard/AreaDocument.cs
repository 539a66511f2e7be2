using System.Globalization;
using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Periods;
using SpReporting.Spc;

namespace SpReporting.Dashboard;

/// <summary>
/// One area's data file, <c>data/areas/{code}.json</c>: its published series per window (month,
/// quarter, rolling 12 months), the XmR charts of its SPC series, and the summary its parent's
/// children file carries for it.
/// </summary>
public sealed class AreaDocument
{
    private readonly AreaNode _area;
    private readonly Dictionary<Window, WindowSeries> _windows;

    public AreaDocument(AreaNode area, IReadOnlyList<AggregateRow> rows)
    {
        _area = area;
        if (rows.Any(r => !string.Equals(r.Area.Code, area.Code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"Every row must be for {area.Code}.", nameof(rows));
        }
        _windows = DashboardMetrics.Windows.ToDictionary(w => w, w => WindowSeries.From(rows, w, DashboardMetrics.For(w)));
    }

    /// <summary>True when at least one return was received for the area in any month shown.</summary>
    public bool HasReturns => _windows[Window.Month][MetricIds.ReturnsReceived].Any(c => c.Number > 0);

    public void Write(Utf8JsonWriter json, SpcOptions spc)
    {
        json.WriteStartObject();
        Header(json);
        foreach (var (window, series) in _windows)
        {
            json.WritePropertyName(window.ToCode());
            series.Write(json);
        }
        json.WriteStartObject("spc");
        var month = _windows[Window.Month];
        foreach (var id in DashboardMetrics.Spc)
        {
            SpcSeries.Write(json, id, month[id], id == MetricIds.Wte ? Target(month) : null, spc);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The compact record of this area in its parent's children file.</summary>
    public void WriteChild(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        Header(json);
        Subset(json, Window.Month, DashboardMetrics.ChildMonth);
        Subset(json, Window.R12, DashboardMetrics.ChildR12);
        Subset(json, Window.Quarter, DashboardMetrics.ChildQuarter);
        json.WriteEndObject();
    }

    private void Header(Utf8JsonWriter json)
    {
        json.WriteString("code", _area.Code);
        json.WriteString("name", _area.Name);
        json.WriteString("level", _area.Level.ToCode());
        if (_area.ParentCode is { } parent) { json.WriteString("parent", parent); }
    }

    private void Subset(Utf8JsonWriter json, Window window, IReadOnlyList<string> metrics)
    {
        var series = _windows[window];
        json.WriteStartObject(window.ToCode());
        json.WriteStartArray("periods");
        foreach (var p in series.Periods) { json.WriteStringValue(p); }
        json.WriteEndArray();
        json.WriteStartObject("m");
        foreach (var id in metrics)
        {
            json.WritePropertyName(id);
            WindowSeries.WriteColumn(json, series[id]);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// The target WTE is assured against: the latest published plan at or before the quarter of the
    /// last charted month, as the aggregation's judgements take it.
    /// </summary>
    private double? Target(WindowSeries month)
    {
        var wte = month[MetricIds.Wte];
        var last = -1;
        for (var i = 0; i < wte.Count; i++) { if (wte[i].HasNumber) { last = i; } }
        if (last < 0) { return null; }
        var latest = Month.Parse(month.Periods[last]).Quarter;
        var quarters = _windows[Window.Quarter];
        var plans = quarters[MetricIds.VsPlanPct];
        double? target = null;
        for (var i = 0; i < plans.Count; i++)
        {
            if (Quarter.TryParse(quarters.Periods[i], out var q) && q.CompareTo(latest) <= 0 && plans[i].Denominator is > 0 and var plan)
            {
                target = plan;
            }
        }
        return target;
    }

    public static string FileName(string code) =>
        code.Length > 0 && code.All(char.IsAsciiLetterOrDigit)
            ? code.ToUpperInvariant() + ".json"
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{code}' is not an area code."), nameof(code));
}
