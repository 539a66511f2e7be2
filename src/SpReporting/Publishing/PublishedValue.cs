namespace SpReporting.Publishing;

/// <summary>
/// A metric value as it may be published, after disclosure control: display strings (invariant
/// culture, rounded as published), with <see cref="Note"/> holding shorthand where a value is withheld.
/// Judgements are withheld with the value they rest on.
/// </summary>
public sealed record PublishedValue(
    string MetricId,
    double? Value,
    string Text,
    string Numerator,
    string Denominator,
    string Lower,
    string Upper,
    string ComparedToEngland,
    string ComparedToParent,
    string Variation,
    string Assurance,
    string Note)
{
    public bool Suppressed => Note == Shorthand.Confidential;

    /// <summary>The 99.8% interval as published (withheld with the value, like the 95% one).</summary>
    public string Lower998 { get; init; } = "";

    public string Upper998 { get; init; } = "";
}
