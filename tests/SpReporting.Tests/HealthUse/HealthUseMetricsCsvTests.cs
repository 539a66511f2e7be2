using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Publishing;
using SpReporting.Tests.Packs;

namespace SpReporting.Tests.HealthUse;

/// <summary>metrics.csv carries the health-service use measures (the catalogue drives it), after disclosure control.</summary>
public class HealthUseMetricsCsvTests
{
    [Fact]
    public void The_measures_are_written_with_rounded_counts_below_england_and_withheld_on_small_ones()
    {
        var icb = CraftedRows.Row(CraftedRows.Icb, Window.Month,
            new MetricValue(MetricIds.GpUseChangeMean, -1.5, -30, 20, -2.5, -0.5) { People = 20 },
            new MetricValue(MetricIds.AeUseChangeMean, -1, -4, 4, -3, 1) { People = 4 },
            new MetricValue(MetricIds.UseCoveragePct, 100.0 * 23 / 61, 23, 61, 26, 50) { People = 61 });
        using var buffer = new MemoryStream();
        using (var writer = new MetricsCsvWriter(buffer)) { writer.Write(icb); }
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] Line(string metric) => lines.Single(l => l.Contains("," + metric + ",", StringComparison.Ordinal)).Split(',');
        var metric = Array.IndexOf(MetricsCsvWriter.Header, "metric");
        var value = Array.IndexOf(MetricsCsvWriter.Header, "value");
        var numerator = Array.IndexOf(MetricsCsvWriter.Header, "numerator");
        var denominator = Array.IndexOf(MetricsCsvWriter.Header, "denominator");
        var note = Array.IndexOf(MetricsCsvWriter.Header, "note");
        Assert.Equal("-1.5", Line(MetricIds.GpUseChangeMean)[value]);
        Assert.Equal(("", "[c]"), (Line(MetricIds.AeUseChangeMean)[value], Line(MetricIds.AeUseChangeMean)[note]));
        var coverage = Line(MetricIds.UseCoveragePct);
        Assert.Equal((MetricIds.UseCoveragePct, "25", "60"), (coverage[metric], coverage[numerator], coverage[denominator]));
        Assert.DoesNotContain(lines, l => l.Contains("," + MetricIds.GpUseReducedPct + ",", StringComparison.Ordinal)); // no data: left out as [x]
    }
}
