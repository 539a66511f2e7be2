using System.Globalization;
using SpReporting.Metrics;
using SpReporting.Publishing;
using SpReporting.Publishing.Audit;
using SpReporting.Statistics;

namespace SpReporting.Tests.Publishing;

/// <summary>
/// The production publisher on the sample the outside audit broke (three ICBs, 15 months): each of the
/// audit's recoveries is now impossible, checked both by the project's attacker and directly on the file.
/// </summary>
[Collection(SampledPublicationCollection.Name)]
public class SampledPublicationAuditTests(SampledPublication publication)
{
    private IEnumerable<Dictionary<string, string>> Rows()
    {
        // The audit's own record reader (quoted fields, line breaks inside quotes), header skipped.
        using var reader = File.OpenText(publication.MetricsCsv);
        foreach (var f in SpReporting.Publishing.Audit.CsvRecords.Read(reader).Skip(1).ToList())
        {
            yield return MetricsCsvWriter.Header.Select((h, i) => (h, f[i])).ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal);
        }
    }

    private IEnumerable<(Dictionary<string, string> Row, MetricDefinition Definition)> BelowEngland(MetricKind kind) =>
        Rows().Where(r => r["level"] != "ENGLAND" && r["note"].Length == 0)
            .Select(r => (Row: r, Definition: MetricCatalog.Get(r["metric"])))
            .Where(x => x.Definition.Kind == kind && x.Definition.AboutPeople);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void The_audit_recovers_nothing_from_the_published_sample()
    {
        var rows = Rows().ToList();
        // What the outside audit recovered is withheld here too, so there is something to protect.
        Assert.Contains(rows, r => r["level"] == "PCN" && r["metric"] == MetricIds.Closures && r["note"] == Shorthand.Confidential);
        Assert.Contains(rows, r => r["level"] == "PCN" && r["metric"].StartsWith("out_wellbeing_change_", StringComparison.Ordinal) && r["note"] == Shorthand.Confidential);
        Assert.Contains(rows, r => r["level"] != "ENGLAND" && r["metric"] == MetricIds.Coherence && r["note"] == Shorthand.Confidential);
        var result = PublicationAudit.Run(publication.Root);
        Assert.True(result.Safe, string.Join("\n", result.Recoveries.Take(20)));
    }

    [Fact]
    public void Every_percentage_below_england_is_its_published_counts_with_their_wilson_interval()
    {
        var checkedRows = 0;
        foreach (var (r, _) in BelowEngland(MetricKind.Percent))
        {
            var (x, n) = ((int)Number(r["numerator"]), (int)Number(r["denominator"]));
            var ci = Wilson.Score(x, n)!;
            Assert.Equal(Disclosure.Format(100.0 * x / n, 1), r["value"]);
            Assert.Equal(Disclosure.Format(100 * ci.Lower, 1), r["lower_ci95"]);
            Assert.Equal(Disclosure.Format(100 * ci.Upper, 1), r["upper_ci95"]);
            checkedRows++;
        }
        Assert.True(checkedRows > 1000, $"only {checkedRows} percentages");
    }

    [Fact]
    public void Every_rate_below_england_times_its_population_gives_back_only_its_published_count()
    {
        var received = Rows().Where(r => r["metric"] == MetricIds.Received).ToDictionary(r => (r["area_code"], r["window"], r["period"]), r => r["value"]);
        var rates = BelowEngland(MetricKind.Rate).Where(x => x.Row["window"] == "month").ToList();
        Assert.NotEmpty(rates);
        foreach (var (r, _) in rates)
        {
            var count = Number(r["value"]) * Number(r["denominator"]) / 12_000;
            Assert.Equal(received[(r["area_code"], r["window"], r["period"])], Disclosure.Format(count, 0));
        }
    }

    [Fact]
    public void The_n_beside_every_mean_and_median_below_england_is_rounded_and_no_sum_is_shown()
    {
        var means = BelowEngland(MetricKind.Mean).Concat(BelowEngland(MetricKind.Median)).ToList();
        Assert.NotEmpty(means);
        Assert.All(means, x =>
        {
            Assert.Equal("", x.Row["numerator"]);
            Assert.Equal(0, Number(x.Row["denominator"]) % Disclosure.Rounding);
        });
        var caseloads = Rows().Where(r => r["level"] != "ENGLAND" && r["metric"] == MetricIds.CaseloadPerWte && r["note"].Length == 0).ToList();
        Assert.NotEmpty(caseloads);
        Assert.All(caseloads, r => Assert.Equal(0, Number(r["numerator"]) % Disclosure.Rounding));
    }

    [Fact]
    public void Every_complementary_suppression_is_withheld_wherever_its_count_shows()
    {
        var notes = Rows().ToDictionary(r => (r["area_code"], r["window"], r["period"], r["metric"]), r => r["note"]);
        foreach (var (area, window, period, count) in publication.Withheld.Cells)
        {
            var showing = MetricCatalog.All.Where(d => d.ValueCount == count || d.NumeratorCount == count || d.DenominatorCount == count).ToList();
            Assert.NotEmpty(showing);
            foreach (var d in showing)
            {
                if (notes.TryGetValue((area, window, period, d.Id), out var note)) { Assert.Equal(Shorthand.Confidential, note); }
            }
        }
    }
}
