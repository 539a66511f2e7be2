using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;

namespace SpReporting.Tests.Packs;

/// <summary>The Headline's assurance names the plan it was judged against.</summary>
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
}
