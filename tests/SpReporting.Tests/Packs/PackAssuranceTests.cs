using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;

namespace SpReporting.Tests.Packs;

/// <summary>The Headline names the plan an assurance was judged against, and warns when England rests on few returns.</summary>
public sealed class PackAssuranceTests
{
    private static string AssuranceCell(Func<AreaNode, MetricValue[]> values)
    {
        var path = Path.Combine(Path.GetTempPath(), "spr-assurance-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var file = File.Create(path)) { PackWriter.Write(CraftedRows.Input(values), file); }
            var row = PackTableReader.Read(path, "Headline").Single(r => r["Metric ID"].Text == MetricIds.Wte);
            return row["SPC assurance against ICB plan"].Text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_plan_judged_against_is_shown_beside_the_assurance()
    {
        var text = AssuranceCell(_ =>
        [
            new MetricValue(MetricIds.Wte, 6) { Variation = "common_cause", Assurance = "consistent_pass" },
            new MetricValue(MetricIds.VsPlanPct, 120, 600, 5),
        ]);

        Assert.Equal("Consistently passing the target (ICB plan for Q4 2023-24 (Jan–Mar 2024): 5 WTE)", text);
    }

    [Fact]
    public void The_headline_warns_when_England_rests_on_low_completeness()
    {
        var path = Path.Combine(Path.GetTempPath(), "spr-caveat-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var file = File.Create(path)) { PackWriter.Write(CraftedRows.Input(_ => [new MetricValue(MetricIds.CompletenessPct, 8.4, 10, 119)]), file); }
            var text = string.Join("\n", PackSheetText.Column(path, "Headline"));

            Assert.Contains("England rests on 8.4% of the returns expected for March 2024", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
