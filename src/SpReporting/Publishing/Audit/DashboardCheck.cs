using System.Text.Json;
using SpReporting.Dashboard;

namespace SpReporting.Publishing.Audit;

/// <summary>
/// The dashboard's area files must show exactly what <c>metrics.csv</c> shows for the same area, window,
/// period and metric (value, interval, plan): a number the CSV does not have would be a figure outside
/// disclosure control, and one that differs would be a second, contradicting publication.
/// </summary>
internal static class DashboardCheck
{
    public static List<Recovery> Run(TextReader csv, string siteDirectory)
    {
        var found = new List<Recovery>();
        var folder = Path.Combine(siteDirectory, DashboardWriter.DataFolder, "areas");
        if (!Directory.Exists(folder)) { return found; }
        var shown = DashboardMetrics.Month.Concat(DashboardMetrics.Quarter).Concat(DashboardMetrics.R12).ToHashSet(StringComparer.Ordinal);
        var rows = new Dictionary<(string, string, string, string), (string Value, string Lower, string Upper, string Denominator, string Note)>();
        var header = true;
        foreach (var f in CsvRecords.Read(csv))
        {
            if (header) { header = false; continue; }
            if (f.Length < 17 || f[5] == "fytd" || !shown.Contains(f[6])) { continue; }
            rows[(f[1], f[5], f[4], f[6])] = (f[7], f[10], f[11], f[9], f[16]);
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            var area = root.GetProperty("code").GetString() ?? "";
            foreach (var window in new[] { "month", "quarter", "r12" })
            {
                if (!root.TryGetProperty(window, out var series)) { continue; }
                var periods = series.GetProperty("periods").EnumerateArray().Select(p => p.GetString() ?? "").ToArray();
                foreach (var metric in series.GetProperty("m").EnumerateObject())
                {
                    for (var i = 0; i < periods.Length; i++)
                    {
                        var csvRow = rows.TryGetValue((area, window, periods[i], metric.Name), out var r) ? r : (Value: "", Lower: "", Upper: "", Denominator: "", Note: Shorthand.NotAvailable);
                        Compare(found, area, window, periods[i], metric.Name, "value", At(metric.Value, "v", i), csvRow.Note.Length > 0 ? csvRow.Note : csvRow.Value);
                        Compare(found, area, window, periods[i], metric.Name, "lower limit", At(metric.Value, "lo", i), csvRow.Lower);
                        Compare(found, area, window, periods[i], metric.Name, "upper limit", At(metric.Value, "hi", i), csvRow.Upper);
                        Compare(found, area, window, periods[i], metric.Name, "denominator", At(metric.Value, "den", i), csvRow.Denominator);
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
