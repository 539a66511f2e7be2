using SpReporting.Metrics;
using SpReporting.Publishing;

namespace SpReporting.Dashboard;

/// <summary>
/// One value as the dashboard shows it, taken only from a <see cref="PublishedValue"/> (after
/// disclosure control): the rounded number as published, or a word (labels), or shorthand such as
/// <c>[c]</c>. Nothing here is recomputed from unpublished figures.
/// </summary>
public readonly record struct PublishedCell(double? Number, string? Text, double? Lower, double? Upper,
    string ComparedToEngland, string ComparedToParent, double? Denominator)
{
    /// <summary>A number to draw, or null where the value is withheld, missing or a word.</summary>
    public bool HasNumber => Number is not null;

    public static PublishedCell From(PublishedValue p, MetricDefinition d)
    {
        if (p.Note.Length > 0) { return new PublishedCell(null, p.Note, null, null, "", "", null); }
        return d.Kind == MetricKind.Label
            ? new PublishedCell(null, p.Text, null, null, "", "", null)
            : new PublishedCell(Parse(p.Text), null, Parse(p.Lower), Parse(p.Upper), p.ComparedToEngland, p.ComparedToParent, Parse(p.Denominator));
    }

    /// <summary>The missing value: no row for that period.</summary>
    public static PublishedCell Missing { get; } = new(null, Shorthand.NotAvailable, null, null, "", "", null);

    private static double? Parse(string text) => PublishedNumber.Parse(text);
}
