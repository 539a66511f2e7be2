using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Spc;
using SpReporting.Tests.Support;

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
        var agreement = new JudgementAgreement();
        foreach (var group in packs.Sample.Rows.GroupBy(r => r.Area.Code)) { agreement.CompareArea(group.First().Area, group.ToList()); }
        var csv = JudgementAgreement.CsvVariations(packs.Sample.Rows);
        var disagreements = agreement.Disagreements;
        var compared = agreement.Compared;
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
}
