using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;

namespace SpReporting.Packs.Content;

/// <summary>
/// Whether a judgement on GP and A&amp;E use is fair to make for an area (docs/metrics.md, "Health-service
/// use"): coverage under 50% of eligible closures is "not enough measured to judge", then the usual
/// too-early rule. Taken from the published coverage, so a withheld coverage never reads as measured.
/// </summary>
internal static class HealthUseCells
{
    private static readonly int CoverageIndex = MetricCatalog.IndexOf(MetricIds.UseCoveragePct);

    /// <summary>The measures whose benchmark is replaced by the words when a judgement is not fair.</summary>
    public static bool IsJudgedUse(string metricId) =>
        metricId is MetricIds.GpUseChangeMean or MetricIds.GpUseReducedPct or MetricIds.AeUseChangeMean;

    public static bool IsUse(string metricId) => IsJudgedUse(metricId) || metricId == MetricIds.UseCoveragePct;

    /// <summary>Null where fair; otherwise "not enough measured to judge" or "too early to judge".</summary>
    public static string? Unjudgeable(AggregateRow row)
    {
        var coverage = ValueCells.Publish(row, CoverageIndex);
        var tooEarly = row.Values[ValueCells.TooEarlyIndex].Label == "yes";
        return HealthServiceUse.Unjudgeable(coverage.Suppressed ? null : coverage.Value, tooEarly);
    }

    public static PackCell Fairness(AggregateRow row) => PackCell.Of(Capitalised(Unjudgeable(row) ?? "fair to judge"));

    public static string Capitalised(string words) => char.ToUpperInvariant(words[0]) + words[1..];

    public static ThemeColumn Column() =>
        new(new PackColumn(new Noted("GP and A&E use: fair to judge?", PackNotes.HealthServiceUse), 22, Wrap: true), Fairness);
}
