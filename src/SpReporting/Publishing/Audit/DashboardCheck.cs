using System.Text.Json;
using SpReporting.Dashboard;
using SpReporting.Metrics;

namespace SpReporting.Publishing.Audit;

/// <summary>
/// The dashboard's area files must show exactly what <c>metrics.csv</c> shows for the same area, window,
/// period and metric (value, interval, plan): a number the CSV does not have would be a figure outside
/// disclosure control, and one that differs would be a second, contradicting publication.
/// </summary>
internal static class DashboardCheck
{
    public static List<Recovery> Run(PublishedCounts table, string siteDirectory)
    {
        var found = new List<Recovery>();
        var folder = Path.Combine(siteDirectory, DashboardWriter.DataFolder, "areas");
        if (!Directory.Exists(folder)) { return found; }
        var none = (Value: Shorthand.NotAvailable, Lower: "", Upper: "", Denominator: "");
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            var area = root.GetProperty("code").GetString() ?? "";
            var areaId = table.TryAreaId(area);
            foreach (var window in new[] { "month", "quarter", "r12" })
            {
                if (!root.TryGetProperty(window, out var series)) { continue; }
                var periods = series.GetProperty("periods").EnumerateArray().Select(p => p.GetString() ?? "").ToArray();
                var periodIds = periods.Select(table.PeriodId).ToArray();
                foreach (var metric in series.GetProperty("m").EnumerateObject())
                {
                    var index = MetricCatalog.IndexOf(metric.Name);
                    for (var i = 0; i < periods.Length; i++)
                    {
                        var row = areaId is { } a && periodIds[i] is { } p && index >= 0
                            && table.DashboardRows.TryGetValue(PublishedCounts.Pack(a, PublishedCounts.WindowIndex(window), p, index), out var r) ? r : none;
                        Compare(found, area, window, periods[i], metric.Name, "value", At(metric.Value, "v", i), row.Value);
                        Compare(found, area, window, periods[i], metric.Name, "lower limit", At(metric.Value, "lo", i), row.Lower);
                        Compare(found, area, window, periods[i], metric.Name, "upper limit", At(metric.Value, "hi", i), row.Upper);
                        Compare(found, area, window, periods[i], metric.Name, "denominator", At(metric.Value, "den", i), row.Denominator);
                    }
                }
            }
        }
        return found;
    }

    private static JsonElement? At(JsonElement column, string name, int i) =>
        column.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array && i < a.GetArrayLength() ? a[i] : null;

    private static void Compare(List<Recovery> found, string area, string window, string period, string metric, string part, JsonElement? dashboard, string published)
    {
        if (dashboard is not { } d || d.ValueKind == JsonValueKind.Null) { return; }
        var same = d.ValueKind == JsonValueKind.Number
            ? PublishedCounts.Number(published) == d.GetDouble()
            : d.GetString() == published || (published.Length == 0 && d.GetString() == Shorthand.NotAvailable);
        if (same) { return; }
        var text = d.ValueKind == JsonValueKind.Number ? d.GetRawText() : d.GetString() ?? "";
        found.Add(new Recovery(area, window, period, metric, 0, published.Length > 0 ? published : "not shown",
            $"dashboard data shows {part} {text} that metrics.csv does not"));
    }
}
