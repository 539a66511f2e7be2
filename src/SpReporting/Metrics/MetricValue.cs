namespace SpReporting.Metrics;

/// <summary>
/// One computed value of a metric for an area, period and window, before disclosure control:
/// the value with what it was built from (numerator, denominator, n) and its 95% interval.
/// <see cref="Label"/> carries a word where the metric is one (implementation stage, too early to judge).
/// </summary>
public sealed record MetricValue(
    string MetricId,
    double? Value,
    double? Numerator = null,
    double? Denominator = null,
    double? Lower = null,
    double? Upper = null,
    string? Label = null)
{
    /// <summary>The 99.8% interval, published beside the 95% one as Fingertips does (docs/statistics.md).</summary>
    public double? Lower998 { get; init; }

    public double? Upper998 { get; init; }

    /// <summary>How many people (or respondents) the value rests on, for disclosure control.</summary>
    public double? People { get; init; }

    /// <summary>
    /// Withheld to protect another withheld figure (complementary suppression, docs/metrics.md): set only
    /// at publication, never stored.
    /// </summary>
    public bool Withheld { get; init; }

    /// <summary>SPC variation of this point (<c>common_cause</c>, <c>improvement</c>, ...), monthly series only.</summary>
    public string? Variation { get; init; }

    /// <summary>SPC assurance against a target (<c>consistent_pass</c>, ...), where a target exists.</summary>
    public string? Assurance { get; init; }

    /// <summary>Benchmark against England: <c>better</c>, <c>similar</c>, <c>worse</c> or <c>not_compared</c>.</summary>
    public string? ComparedToEngland { get; init; }

    /// <summary>For a PCN, the benchmark against its ICB.</summary>
    public string? ComparedToParent { get; init; }
}
