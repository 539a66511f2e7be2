using SpReporting.Statistics;

namespace SpReporting.Metrics;

/// <summary>
/// A metric of METRICS.md: stable id (used in tables, JSON, Excel and the dashboard), plain-English
/// title and definition, polarity, kind, and the group it is shown under.
/// </summary>
public sealed record MetricDefinition(
    string Id,
    string Title,
    string Definition,
    MetricGroup Group,
    MetricKind Kind,
    Polarity Polarity,
    string Unit = "")
{
    /// <summary>Implementation survey results need at least 5 respondents to be published.</summary>
    public bool IsSurvey => Group == MetricGroup.Implementation;

    /// <summary>
    /// Whether the metric is about patients or survey respondents, so that disclosure control protects it
    /// (docs/metrics.md, "Disclosure control"). Staff, maturity and data-quality figures are not.
    /// </summary>
    public bool AboutPeople => Group is not (MetricGroup.Workforce or MetricGroup.Maturity or MetricGroup.DataQuality);

    /// <summary>
    /// The count of people the published numerator is, by name (the name joins the same count wherever it
    /// appears, for the audit), or null where the numerator is not a count of people or is not published.
    /// Filled from the kind by <see cref="CountDeclarations"/> unless declared.
    /// </summary>
    public string? NumeratorCount { get; init; }

    /// <summary>The count of people the published denominator (or the n beside a mean or median) is, by name.</summary>
    public string? DenominatorCount { get; init; }

    /// <summary>True where the counts are month-end positions (open caseload), which do not add up over months.</summary>
    public bool CountsStock { get; init; }

    /// <summary>The name of the count a <see cref="MetricKind.PeopleCount"/> value is: its id.</summary>
    public string? ValueCount => Kind == MetricKind.PeopleCount ? Id : null;
}
