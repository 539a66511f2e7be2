using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Readiness;

namespace SpReporting.Packs.Content;

/// <summary>
/// Review readiness by area at the pack's month (docs/metrics.md, "Review readiness"): for a PCN whether it is
/// fair to judge, why not, and from which month; for an ICB, region or England how many of its open PCNs are
/// and the month by which 80% are. Counts of PCNs, not people.
/// </summary>
internal static class ReadinessSheet
{
    public const string Name = "Review_readiness";

    public static PackSheet Build(PackContext c)
    {
        var columns = new List<PackColumn>(PackContext.AreaColumns())
        {
            new("Months since service began (months)", 14),
            new("Fair to judge", 10),
            new("Why not yet fair to judge", 40, Wrap: true),
            new("PCNs fair to judge (PCNs)", 12),
            new("Open PCNs (PCNs)", 12),
            new("PCNs fair to judge (%)", 12),
            new("Fair to judge from (PCN), or 80% of PCNs fair to judge from (area)", 22, Wrap: true),
        };
        var lines = c.Standard("One row per area.").ToList();
        lines.Add("A PCN is fair to judge when its link worker service has run at least 24 months, it has at least 12 monthly returns since the service began, and it has returns for at least 10 of the last 12 months. An area is fair to judge when at least 80% of its open PCNs are.");
        lines.Add($"Months after {PackWords.Of(c.Input.Period)} assume that every open PCN keeps making its return. The dashboard's Review readiness view shows any other review date.");
        return new PackSheet(Name, "Which areas are fair to judge, why not, and from when.", $"Review readiness for {c.Input.Scope.Name}, {PackWords.Of(c.Input.Period)}",
            lines, new PackTable("table_review_readiness", columns, Rows(c)));
    }

    private static IEnumerable<PackCell[]> Rows(PackContext c)
    {
        var share = MetricCatalog.IndexOf(MetricIds.ReadySharePct);
        foreach (var area in c.Areas)
        {
            if (c.Row(area, Window.Month) is not { } row) { continue; }
            var pcn = area.Level == Level.Pcn;
            var ratio = row.Values[share];
            yield return
            [
                .. PackContext.AreaCells(area),
                ValueCells.Maturity(row),
                ValueCells.Value(ValueCells.Publish(row, MetricCatalog.IndexOf(MetricIds.ReadyToJudge))),
                pcn ? Reason(row.Find(MetricIds.ReadyReason)?.Label) : PackCell.Of(Shorthand.NotApplicable),
                pcn ? PackCell.Of(Shorthand.NotApplicable) : Count(ratio.Numerator),
                pcn ? PackCell.Of(Shorthand.NotApplicable) : Count(ratio.Denominator),
                pcn ? PackCell.Of(Shorthand.NotApplicable) : ValueCells.Value(ValueCells.Publish(row, share)),
                Month.TryParse(row.Find(MetricIds.ReadyMonth)?.Label, out var from) ? PackCell.Of(PackWords.Of(from)) : PackCell.Of("Not within three years"),
            ];
        }
    }

    private static PackCell Count(double? n) => n is { } v ? PackCell.Of(v) : PackCell.Of(Shorthand.NotAvailable);

    private static PackCell Reason(string? code) =>
        PackCell.Of(code is null ? "None: fair to judge" : ReadinessReasonText.FromCode(code) is { } r ? r.Label(ReadinessOptions.Default) : Shorthand.NotAvailable);
}
