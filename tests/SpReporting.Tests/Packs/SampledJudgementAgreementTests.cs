using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Dashboard;
using SpReporting.Metrics;
using SpReporting.Publishing;
using SpReporting.Reference;
using SpReporting.Spc;

namespace SpReporting.Tests.Packs;

/// <summary>
/// One judgement per point, everywhere: every SPC point of the sampled publication has the same variation in
/// metrics.csv, the dashboard's data files and the packs' monthly series (docs/statistics.md).
/// </summary>
[Collection(SampledPacksCollection.Name)]
public sealed class SampledJudgementAgreementTests(SampledPacks packs)
{
    [Fact]
    public void Every_SPC_point_has_the_same_variation_in_metrics_csv_the_dashboard_and_the_packs()
    {
        var csv = CsvVariations(packs.Sample.Rows);
        var disagreements = new List<string>();
        var compared = 0;
        foreach (var group in packs.Sample.Rows.GroupBy(r => r.Area.Code))
        {
            var area = group.First().Area;
            var spc = DashboardSpc(area, group.ToList(), out var periods);
            foreach (var id in Judgements.SpcMetrics)
            {
                var chart = spc.TryGetProperty(id, out var c) ? c : (JsonElement?)null;
                for (var i = 0; i < periods.Count; i++)
                {
                    var expected = csv.GetValueOrDefault((area.Code, periods[i], id), "");
                    var shown = chart is { } ch && ch.GetProperty("var")[i].ValueKind == JsonValueKind.String ? ch.GetProperty("var")[i].GetString()! : "";
                    compared++;
                    if (expected != shown) { disagreements.Add($"{area.Code} {periods[i]} {id}: csv '{expected}', dashboard '{shown}'"); }
                    if (chart is { } drawn && shown.Length > 0)
                    {
                        // The limits drawn flag exactly the points judged special cause.
                        var rule = drawn.GetProperty("rule")[i].GetString();
                        if ((rule == SpecialCause.None.ToCode()) != (shown == Variation.CommonCause.ToCode()))
                        {
                            disagreements.Add($"{area.Code} {periods[i]} {id}: rule '{rule}' beside variation '{shown}'");
                        }
                    }
                }
            }
        }
        foreach (var (code, (path, _)) in packs.Packs)
        {
            foreach (var row in PackTableReader.Read(path, "Monthly_series"))
            {
                foreach (var id in Judgements.SpcMetrics)
                {
                    var d = MetricCatalog.Get(id);
                    var expected = csv.GetValueOrDefault((row["Area code"].Text, row["Month"].Text, id), "");
                    var shown = row[$"{d.Title}: SPC variation"].Text;
                    compared++;
                    var agrees = expected.Length > 0 ? shown == VariationCodes.Parse(expected).Label(d.Polarity) : !IsVariationLabel(shown);
                    if (!agrees) { disagreements.Add($"pack {code}: {row["Area code"].Text} {row["Month"].Text} {id}: csv '{expected}', pack '{shown}'"); }
                }
            }
        }
        Assert.True(compared > 10_000, $"Only {compared} points compared.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, e.g.\n{string.Join("\n", disagreements.Take(10))}");
    }

    private static bool IsVariationLabel(string text) =>
        Enum.GetValues<Variation>().Any(v => Enum.GetValues<SpReporting.Statistics.Polarity>().Any(p => v.Label(p) == text));

    /// <summary>The variation column of metrics.csv for the monthly rows, keyed by area, period and metric.</summary>
    private static Dictionary<(string, string, string), string> CsvVariations(IEnumerable<AggregateRow> rows)
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

    private static JsonElement DashboardSpc(AreaNode area, IReadOnlyList<AggregateRow> rows, out List<string> periods)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) { new AreaDocument(area, rows).Write(json, SpcOptions.Default); }
        var document = JsonDocument.Parse(buffer.ToArray()).RootElement;
        periods = document.GetProperty("month").GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).ToList();
        return document.GetProperty("spc").Clone();
    }
}
