using System.Globalization;
using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Publishing;
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
    private readonly List<AggregateRow> _months;

    public AreaDocument(AreaNode area, IReadOnlyList<AggregateRow> rows)
    {
        _area = area;
        if (rows.Any(r => !string.Equals(r.Area.Code, area.Code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"Every row must be for {area.Code}.", nameof(rows));
        }
        _windows = DashboardMetrics.Windows.ToDictionary(w => w, w => WindowSeries.From(rows, w, DashboardMetrics.For(w)));
        // The same order as the month window's periods (WindowSeries.From).
        _months = rows.Where(r => r.Window == Window.Month).OrderBy(r => r.End).ThenBy(r => r.Period, StringComparer.Ordinal).ToList();
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
            SpcSeries.Write(json, id, Judged(month, id), spc);
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
    /// A series with the judgements the aggregation made (read from the published rows, never recomputed), and
    /// for WTE the plan in force for the quarter of the judged month, as published in the quarter window.
    /// </summary>
    private JudgedSeries Judged(WindowSeries month, string id)
    {
        var variation = _months.Select(r => r.Find(id) is { } v ? Disclosure.Apply(v, r.Area.Level).Variation : "").ToArray();
        var last = Array.FindLastIndex(variation, v => v.Length > 0);
        var assurance = last < 0 ? "" : Disclosure.Apply(_months[last].Find(id)!, _area.Level).Assurance;
        double? target = null;
        string? targetPeriod = null;
        if (id == MetricIds.Wte && last >= 0)
        {
            var quarter = _months[last].End.Quarter.ToString();
            var quarters = _windows[Window.Quarter];
            var at = quarters.Periods.ToList().IndexOf(quarter);
            if (at >= 0 && quarters[MetricIds.VsPlanPct][at].Denominator is > 0 and var plan) { (target, targetPeriod) = (plan, quarter); }
        }
        return new JudgedSeries(month[id], variation, assurance, target, targetPeriod, BeforeService());
    }

    /// <summary>A PCN's leading months before its first link worker started (no maturity yet): not part of any series.</summary>
    private int BeforeService()
    {
        var count = 0;
        while (count < _months.Count && ServiceStart.IsBefore(_months[count])) { count++; }
        return count;
    }

    public static string FileName(string code) =>
        code.Length > 0 && code.All(char.IsAsciiLetterOrDigit)
            ? code.ToUpperInvariant() + ".json"
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{code}' is not an area code."), nameof(code));
}
