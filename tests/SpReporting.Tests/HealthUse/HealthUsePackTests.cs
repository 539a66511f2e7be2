using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;
using SpReporting.Tests.Packs;

namespace SpReporting.Tests.HealthUse;

/// <summary>The packs show GP and A&amp;E use on the Outcomes sheet and in the Headline, with the caveat and the coverage rule.</summary>
public sealed class HealthUsePackTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spr-pack-use-").FullName;

    /// <summary>The ICB has 40% coverage (not enough measured); the PCN 80%; England 60%. Nobody is too early.</summary>
    private static MetricValue[] Values(AreaNode a)
    {
        var covered = a.Level switch { Level.Icb => 40.0, Level.Pcn => 80.0, _ => 60.0 };
        return
        [
            new MetricValue(MetricIds.GpUseChangeMean, -2.4, -96, 40, -3.1, -1.7) { People = 40, ComparedToEngland = "better" },
            new MetricValue(MetricIds.GpUseReducedPct, 60, 24, 40, 45, 74) { People = 40, ComparedToEngland = "similar" },
            new MetricValue(MetricIds.AeUseChangeMean, -0.1, -3, 30, -0.3, 0.1) { People = 30, ComparedToEngland = "similar" },
            new MetricValue(MetricIds.UseCoveragePct, covered, covered, 100, covered - 9, covered + 9) { People = 100 },
            new MetricValue(MetricIds.TooEarlyToJudge, null, Label: "no"),
        ];
    }

    private string Write()
    {
        var path = Path.Combine(_folder, "pack.xlsx");
        using (var file = File.Create(path)) { PackWriter.Write(CraftedRows.Input(Values), file); }
        return path;
    }

    [Fact]
    public void The_outcomes_sheet_has_the_measures_their_limits_and_whether_they_are_fair_to_judge()
    {
        var path = Write();
        var rows = PackTableReader.Read(path, "Outcomes").Where(r => r["Window"].Text == "Month").ToDictionary(r => r["Area code"].Text);
        var gp = rows["U00001"].Keys.Single(k => k.StartsWith(MetricCatalog.Get(MetricIds.GpUseChangeMean).Title + " (", StringComparison.Ordinal));
        Assert.Equal("-2.4", rows["U00001"][gp].Text);
        Assert.Contains(rows["U00001"].Keys, k => k.StartsWith(MetricCatalog.Get(MetricIds.GpUseChangeMean).Title + " lower 95% limit", StringComparison.Ordinal));
        Assert.Contains(rows["U00001"].Keys, k => k.StartsWith(MetricCatalog.Get(MetricIds.UseCoveragePct).Title, StringComparison.Ordinal));
        Assert.Equal("Not enough measured to judge", rows["QXX"]["GP and A&E use: fair to judge?"].Text);
        Assert.Equal("Fair to judge", rows["U00001"]["GP and A&E use: fair to judge?"].Text);
        Assert.Equal("Fair to judge", rows["E92000001"]["GP and A&E use: fair to judge?"].Text);
        Assert.Empty(PackChecker.Check(path));
    }

    [Fact]
    public void The_headline_withholds_the_gp_use_judgement_where_too_little_is_measured_and_notes_the_caveat()
    {
        var path = Write();
        var headline = PackTableReader.Read(path, "Headline").ToDictionary(r => r["Metric ID"].Text);
        Assert.Equal("Not enough measured to judge", headline[MetricIds.GpUseChangeMean]["Compared with England"].Text);
        Assert.Equal("Not enough measured to judge", headline[MetricIds.GpUseReducedPct]["Compared with England"].Text);
        Assert.Equal("-2.4", headline[MetricIds.GpUseChangeMean]["Value"].Text);
        // Coverage itself is still compared as usual: it is what says how much is measured.
        Assert.NotEqual("Not enough measured to judge", headline[MetricIds.UseCoveragePct]["Compared with England"].Text);
        var notes = PackTableReader.Read(path, "Notes").Select(r => r.Values.Last().Text).ToList();
        Assert.Contains(notes, n => n.Contains("regression to the mean", StringComparison.Ordinal) && n.Contains("50%", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
