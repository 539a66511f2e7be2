using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Publishing;
using SpReporting.Spc;

namespace SpReporting.Packs.Content;

/// <summary>
/// Judgements in words (never colour): benchmark comparison, SPC variation and assurance. Each is taken from the
/// published value, so a judgement is withheld with the value it rests on.
/// </summary>
internal static class JudgementCells
{
    private static readonly HashSet<string> SpcMetrics = new(Judgements.SpcMetrics, StringComparer.Ordinal);

    public static bool HasSpc(string metricId) => SpcMetrics.Contains(metricId);

    public static bool IsCompared(MetricDefinition d) => d.Kind is MetricKind.Percent or MetricKind.Rate or MetricKind.Mean;

    public static PackCell ComparedWithEngland(PublishedValue p, MetricDefinition d, bool isEngland)
    {
        if (isEngland || !IsCompared(d)) { return PackCell.Of(Shorthand.NotApplicable); }
        if (p.Note.Length > 0) { return PackCell.Of(p.Note); }
        return PackCell.Of(p.ComparedToEngland switch
        {
            "better" => "Better than England",
            "similar" => "Similar to England",
            "worse" => "Worse than England",
            "higher" => "Higher than England",
            "lower" => "Lower than England",
            "not_compared" => "Not compared",
            _ => Shorthand.NotAvailable,
        });
    }

    public static PackCell Variation(PublishedValue p, MetricDefinition d, bool beforeService = false)
    {
        if (!HasSpc(d.Id)) { return PackCell.Of(Shorthand.NotApplicable); }
        if (beforeService) { return PackCell.Of(ServiceStart.BeforeLabel); }
        if (p.Note.Length > 0) { return PackCell.Of(p.Note); }
        return p.Variation.Length == 0
            ? PackCell.Of(Shorthand.Low)
            : PackCell.Of(VariationCodes.Parse(p.Variation).Label(d.Polarity));
    }

    /// <summary>The assurance in words with the plan it was judged against beside it (<paramref name="plan"/>), or [x] with no plan.</summary>
    public static PackCell Assurance(PublishedValue p, MetricDefinition d, string? plan = null)
    {
        if (d.Id != MetricIds.Wte) { return PackCell.Of(Shorthand.NotApplicable); }
        if (p.Note.Length > 0) { return PackCell.Of(p.Note); }
        var assurance = AssuranceCodes.Parse(p.Assurance);
        if (assurance == Spc.Assurance.None) { return PackCell.Of(Shorthand.NotAvailable); }
        return PackCell.Of(plan is null ? assurance.Label() : $"{assurance.Label()} ({plan})");
    }
}
