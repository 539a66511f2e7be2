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
}
