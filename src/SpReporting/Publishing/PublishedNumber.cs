using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;

namespace SpReporting.Publishing;

/// <summary>
/// The number a reader sees for one value, through the single disclosure entry point
/// (<see cref="Disclosure.Apply"/>): rounded as published, or null where the value is withheld, missing or a
/// word. SPC judges these numbers, so every product shows the same judgement for the same point
/// (docs/statistics.md, "Which values are judged").
/// </summary>
public static class PublishedNumber
{
    public static double? Of(MetricValue value, Level level)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (MetricCatalog.Get(value.MetricId).Kind == MetricKind.Label) { return null; }
        var published = Disclosure.Apply(value, level);
        if (published.Note.Length > 0) { return null; }
        return Parse(published.Text);
    }

    /// <summary>A published figure (invariant culture) as a number, or null when it is not one.</summary>
    public static double? Parse(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;
}
