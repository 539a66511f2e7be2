using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Peers;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>
/// Each PCN's key measures at the pack's month against PCNs at the same age (docs/metrics.md, "Peers of the
/// same age"): its published value, the national band at its own age and whether it is above, within or below.
/// </summary>
internal static class PeersSheet
{
    public const string Name = "Peers_same_age";

    public static PackSheet Build(PackContext c)
    {
        var columns = new List<PackColumn>
        {
            new("PCN code", 10),
            new("PCN name", 40),
            new("ICB code", 10),
            new("Measure", 36),
            new("Months since service began (months)", 14),
            new("Value", 11),
            new("10th percentile of PCNs at the same age", 14),
            new("Median of PCNs at the same age", 14),
            new("90th percentile of PCNs at the same age", 14),
            new("PCNs at the same age", 12),
            new("Against PCNs at the same age", 40, Wrap: true),
        };
        var lines = c.Standard("One row per PCN and measure.").ToList();
        lines.Add("The band at each age is built from the published monthly values of every PCN in England at that number of months since its service began (10th percentile, median, 90th percentile, as a spreadsheet's PERCENTILE.INC), where at least 10 PCNs have a value. Above or below the band is unusual for a PCN of that age, not better or worse in itself.");
        return new PackSheet(Name, "Each PCN against PCNs at the same age.", $"Key measures against PCNs at the same age for {c.Input.Scope.Name}, {PackWords.Of(c.Input.Period)}",
            lines, new PackTable("table_peers_same_age", columns, Rows(c)));
    }

    private static IEnumerable<PackCell[]> Rows(PackContext c)
    {
        if (c.Input.Peers is not { } peers) { yield break; }
        foreach (var area in c.Areas.Where(a => a.Level == Level.Pcn))
        {
            if (c.Row(area, Window.Month) is not { } row || row.Find(MetricIds.MaturityMonths)?.Value is not { } months) { continue; }
            var age = (int)Math.Round(months);
            foreach (var metric in PeerSource.Metrics)
            {
                var published = ValueCells.Publish(row, MetricCatalog.IndexOf(metric));
                double? value = double.TryParse(published.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
                var band = peers.TryGetValue(metric, out var bands) ? bands.At(age) : null;
                yield return
                [
                    PackCell.Of(area.Code),
                    PackCell.Of(area.Name),
                    PackCell.Of(area.ParentCode ?? Shorthand.NotApplicable),
                    PackCell.Of(PackWords.Header(MetricCatalog.Get(metric))),
                    PackCell.Of(age),
                    ValueCells.Value(published),
                    band is null ? PackCell.Of(Shorthand.NotAvailable) : PackCell.Of(Math.Round(band.Lower, 2)),
                    band is null ? PackCell.Of(Shorthand.NotAvailable) : PackCell.Of(Math.Round(band.Median, 2)),
                    band is null ? PackCell.Of(Shorthand.NotAvailable) : PackCell.Of(Math.Round(band.Upper, 2)),
                    band is null ? PackCell.Of(Shorthand.NotAvailable) : PackCell.Of(band.Pcns),
                    PackCell.Of(band is null ? "No band at this age" : value is { } x ? band.Place(x).Label() : Shorthand.NotAvailable),
                ];
            }
        }
    }
}
