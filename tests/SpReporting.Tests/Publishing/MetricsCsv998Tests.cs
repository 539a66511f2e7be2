using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Reference;
using SpReporting.Statistics;

namespace SpReporting.Tests.Publishing;

/// <summary>metrics.csv carries 99.8% limits beside the 95% ones, states the comparison level, and compares neutral measures as higher or lower.</summary>
public class MetricsCsv998Tests
{
    private static readonly OrganisationRegistry Orgs = new(
    [
        Org("U00001", 10_000),
        Org("U00002", 10_000),
    ]);

    private static Organisation Org(string code, int patients) =>
        new(code, code + " PCN", "S01", "Sub", "I01", "I01 ICB", "Y01", "Y01 Region", new DateOnly(2019, 7, 1), null, patients, 5);

    // U00001 receives 200 referrals in the month (150 from outside general practice), U00002 20 (8). Both measures
    // are neutral: U00002's rate is "lower" than England's; its non-GP share, 8 of 20 (95% interval about 22%
    // to 61%), is "lower" than England's 158 of 220 (71.8%).
    private static List<Dictionary<string, string>> Csv()
    {
        var month = Month.Parse("2024-04");
        var partials = new Dictionary<(string, Month), Partial>
        {
            [("U00001", month)] = new([KeyValuePair.Create(Components.Returns, 1.0), KeyValuePair.Create(Components.Received, 200.0), KeyValuePair.Create(Components.NonGp, 150.0)], new DateOnly(2020, 1, 1)),
            [("U00002", month)] = new([KeyValuePair.Create(Components.Returns, 1.0), KeyValuePair.Create(Components.Received, 20.0), KeyValuePair.Create(Components.NonGp, 8.0)], new DateOnly(2020, 1, 1)),
        };
        using var stream = new MemoryStream();
        using (var csv = new MetricsCsvWriter(stream))
        {
            foreach (var row in Aggregator.Rows(new AggregationInput(Orgs, partials, new Dictionary<(string, Quarter), double>(), month, month)).Where(r => r.Window == Window.Month))
            {
                csv.Write(row);
            }
        }
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        return lines.Skip(1).Select(l => lines[0].Select((h, i) => (h, l[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
    }

    [Fact]
    public void Every_interval_has_its_99_8_limits_outside_the_95_ones()
    {
        var rows = Csv();
        Assert.Contains("lower_ci998", rows[0].Keys);
        var withIntervals = rows.Where(r => r["lower_ci95"].Length > 0).ToList();
        Assert.NotEmpty(withIntervals);
        foreach (var r in withIntervals)
        {
            double D(string k) => double.Parse(r[k], CultureInfo.InvariantCulture);
            Assert.True(D("lower_ci998") <= D("lower_ci95") && D("upper_ci998") >= D("upper_ci95"), $"{r["area_code"]} {r["metric"]}");
        }
        // England's non-GP share, 158 of 220: the 99.8% Wilson limits, rounded as published.
        var england = rows.Single(r => r["area_code"] == OrganisationRegistry.EnglandCode && r["metric"] == MetricIds.NonGpPct);
        var ci = Wilson.Score(158, 220, ConfidenceLevel.P998)!;
        Assert.Equal(Disclosure.Format(100 * ci.Lower, 1), england["lower_ci998"]);
        Assert.Equal(Disclosure.Format(100 * ci.Upper, 1), england["upper_ci998"]);
    }

    [Fact]
    public void Neutral_measures_are_higher_or_lower_than_England_at_the_stated_level()
    {
        var rows = Csv();
        string Compared(string pcn, string metric) => rows.Single(r => r["area_code"] == pcn && r["metric"] == metric)["compared_to_england"];
        Assert.Equal("higher", Compared("U00001", MetricIds.RatePer1k));
        Assert.Equal("lower", Compared("U00002", MetricIds.RatePer1k));
        Assert.Equal("lower", Compared("U00002", MetricIds.NonGpPct));
        Assert.All(rows.Where(r => r["compared_to_england"].Length > 0), r => Assert.Equal("95%", r["comparison_level"]));
        Assert.All(rows.Where(r => r["compared_to_england"].Length == 0), r => Assert.Equal("", r["comparison_level"]));
    }
}
