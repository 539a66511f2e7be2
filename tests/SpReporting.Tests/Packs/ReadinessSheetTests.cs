using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;

namespace SpReporting.Tests.Packs;

/// <summary>The pack's Review_readiness sheet says, for each listed area, what the aggregates say.</summary>
[Collection(SampledPacksCollection.Name)]
public sealed class ReadinessSheetTests(SampledPacks packs)
{
    [Fact]
    public void Each_area_of_the_ICB_pack_has_its_readiness_as_the_aggregates_have_it()
    {
        var (path, input) = packs.Packs["QSL"];
        var rows = PackTableReader.Read(path, "Review_readiness");
        var monthly = input.HeadlineRows.Where(r => r.Window == Window.Month).ToDictionary(r => r.Area.Code);
        Assert.Equal(monthly.Keys.Order(), rows.Select(r => r["Area code"].Text).Order());
        foreach (var row in rows)
        {
            var source = monthly[row["Area code"].Text];
            Assert.Equal(source.Find(MetricIds.ReadyToJudge)!.Label == "yes" ? "Yes" : "No", row["Fair to judge"].Text);
            if (source.Area.Level == Level.Pcn) { continue; }
            var share = source.Find(MetricIds.ReadySharePct)!;
            Assert.Equal(share.Numerator!.Value.ToString(CultureInfo.InvariantCulture), row["PCNs fair to judge (PCNs)"].Text);
            Assert.Equal(share.Denominator!.Value.ToString(CultureInfo.InvariantCulture), row["Open PCNs (PCNs)"].Text);
        }
        // The ICB's open PCNs are those of the reference list open in the month: the rule does not lose any.
        var icb = rows.Single(r => r["Area code"].Text == "QSL");
        var open = packs.Sample.Registry.PcnsInIcb("QSL").Count(o => o.IsOpenIn(input.Period));
        Assert.Equal(open.ToString(CultureInfo.InvariantCulture), icb["Open PCNs (PCNs)"].Text);
        Assert.Contains(rows, r => r["Level"].Text == "PCN" && r["Why not yet fair to judge"].Text.Length > 0);
    }
}
