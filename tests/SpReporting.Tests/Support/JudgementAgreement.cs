using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Dashboard;
using SpReporting.Publishing;
using SpReporting.Reference;
using SpReporting.Spc;

namespace SpReporting.Tests.Support;

/// <summary>
/// Compares every SPC point of a publication's monthly rows between metrics.csv (written by
/// <see cref="MetricsCsvWriter"/>) and the dashboard's area files (written by <see cref="AreaDocument"/>),
/// and checks that the limits drawn flag exactly the points judged special cause.
/// </summary>
public sealed class JudgementAgreement
{
    public List<string> Disagreements { get; } = [];
    public int Compared { get; private set; }

    /// <summary>The variation column of metrics.csv for the monthly rows, keyed by area, period and metric.</summary>
    public static Dictionary<(string, string, string), string> CsvVariations(IEnumerable<AggregateRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new MetricsCsvWriter(buffer))
        {
            foreach (var row in rows.Where(r => r.Window == Window.Month)) { writer.Write(row); }
        }
        var table = NhsCsv.Parse(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        int Col(string name) => table.Headers.ToList().IndexOf(name);
        var (area, period, metric, variation) = (Col("area_code"), Col("period"), Col("metric"), Col("variation"));
        return table.Rows.Where(r => r[variation].Length > 0).ToDictionary(r => (r[area], r[period], r[metric]), r => r[variation]);
    }

    /// <summary>Compares one area's rows (all its windows) as the CSV and its dashboard file show them.</summary>
    public void CompareArea(AreaNode area, IReadOnlyList<AggregateRow> rows)
    {
        var csv = CsvVariations(rows);
        var spc = DashboardSpc(area, rows, out var periods);
        foreach (var id in Judgements.SpcMetrics)
        {
            var chart = spc.TryGetProperty(id, out var c) ? c : (JsonElement?)null;
            for (var i = 0; i < periods.Count; i++)
            {
                var expected = csv.GetValueOrDefault((area.Code, periods[i], id), "");
                var shown = chart is { } ch && ch.GetProperty("var")[i].ValueKind == JsonValueKind.String ? ch.GetProperty("var")[i].GetString()! : "";
                Compared++;
                if (expected != shown) { Disagreements.Add($"{area.Code} {periods[i]} {id}: csv '{expected}', dashboard '{shown}'"); }
                if (chart is { } drawn && shown.Length > 0)
                {
                    var rule = drawn.GetProperty("rule")[i].GetString();
                    if ((rule == SpecialCause.None.ToCode()) != (shown == Variation.CommonCause.ToCode()))
                    {
                        Disagreements.Add($"{area.Code} {periods[i]} {id}: rule '{rule}' beside variation '{shown}'");
                    }
                }
            }
        }
    }

    /// <summary>Rows as the aggregator streams them (each area's rows together), compared area by area.</summary>
    public void CompareAll(IEnumerable<AggregateRow> rows)
    {
        var current = new List<AggregateRow>();
        foreach (var row in rows)
        {
            if (current.Count > 0 && current[0].Area.Code != row.Area.Code) { Flush(current); }
            current.Add(row);
        }
        Flush(current);
    }

    private void Flush(List<AggregateRow> rows)
    {
        if (rows.Count == 0) { return; }
        CompareArea(rows[0].Area, rows);
        rows.Clear();
    }

    private static JsonElement DashboardSpc(AreaNode area, IReadOnlyList<AggregateRow> rows, out List<string> periods)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) { new AreaDocument(area, rows).Write(json, SpcOptions.Default); }
        var document = JsonDocument.Parse(buffer.ToArray()).RootElement;
        periods = document.GetProperty("month").GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).ToList();
        return document.GetProperty("spc").Clone();
    }
}
