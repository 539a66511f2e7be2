using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Peers;

namespace SpReporting.Tests.Packs;

/// <summary>The pack's Peers_same_age sheet: every PCN and key measure, placed as its band at its own age says.</summary>
[Collection(SampledPacksCollection.Name)]
public sealed class PeersSheetTests(SampledPacks packs)
{
    [Fact]
    public void Each_pcn_and_key_measure_is_placed_against_the_band_at_its_age()
    {
        var (path, input) = packs.Packs["QSL"];
        var rows = PackTableReader.Read(path, "Peers_same_age");
        var pcns = input.HeadlineRows.Where(r => r.Window == Window.Month && r.Area.Level == Level.Pcn && r.Find(SpReporting.Metrics.MetricIds.MaturityMonths)?.Value is not null)
            .Select(r => r.Area.Code).Distinct().ToList();
        Assert.Equal(pcns.Count * PeerSource.Metrics.Count, rows.Count);
        var banded = 0;
        foreach (var row in rows)
        {
            double? N(string k) => double.TryParse(row[k].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            var (value, lower, upper) = (N("Value"), N("10th percentile of PCNs at the same age"), N("90th percentile of PCNs at the same age"));
            if (lower is null) { Assert.Equal("No band at this age", row["Against PCNs at the same age"].Text); continue; }
            banded++;
            if (value is null) { continue; }
            var expected = value > upper ? PeerPlace.Above : value < lower ? PeerPlace.Below : PeerPlace.Within;
            Assert.Equal(expected.Label(), row["Against PCNs at the same age"].Text);
            Assert.True(lower <= N("Median of PCNs at the same age") && N("Median of PCNs at the same age") <= upper);
        }
        Assert.True(banded > 0, "no PCN had a band at its age");
    }
}
