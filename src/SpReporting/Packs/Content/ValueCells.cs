using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>
/// Metric values as pack cells, always through <see cref="Disclosure"/>: the published (rounded, suppressed)
/// figure as a number, a word for labels, or shorthand where there is nothing to show.
/// </summary>
internal static class ValueCells
{
    public static PublishedValue Publish(AggregateRow row, int index) => Disclosure.Apply(row.Values[index], row.Area.Level);

    public static PackCell Value(PublishedValue p)
    {
        if (p.Note.Length > 0) { return PackCell.Of(p.Note); }
        if (p.Text.Length == 0) { return PackCell.Of(Shorthand.NotAvailable); }
        return double.TryParse(p.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? PackCell.Of(n, PackNumberFormats.Of(MetricCatalog.Get(p.MetricId)))
            : PackCell.Of(Word(p.Text));
    }

    /// <summary>A 95% limit: [z] for measures without intervals, [x] where one could not be worked out.</summary>
    public static PackCell Limit(PublishedValue p, MetricDefinition d, bool lower)
    {
        if (d.Kind is not (MetricKind.Percent or MetricKind.Rate or MetricKind.Mean)) { return PackCell.Of(Shorthand.NotApplicable); }
        if (p.Note.Length > 0) { return PackCell.Of(p.Note); }
        var text = lower ? p.Lower : p.Upper;
        return text.Length == 0 ? PackCell.Of(Shorthand.NotAvailable) : PackCell.Of(double.Parse(text, CultureInfo.InvariantCulture), PackNumberFormats.Of(d));
    }

    public static PackCell Maturity(AggregateRow row) => Value(Publish(row, MaturityIndex));

    public static PackCell TooEarly(AggregateRow row) => Value(Publish(row, TooEarlyIndex));

    public static readonly int MaturityIndex = MetricCatalog.IndexOf(MetricIds.MaturityMonths);
    public static readonly int TooEarlyIndex = MetricCatalog.IndexOf(MetricIds.TooEarlyToJudge);

    /// <summary>Labels are codes (<c>yes</c>, <c>COHERENCE</c>); packs show words.</summary>
    private static string Word(string label) => label switch
    {
        "yes" => "Yes",
        "no" => "No",
        _ => PackWords.Code(label),
    };
}
