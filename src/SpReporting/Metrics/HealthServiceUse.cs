namespace SpReporting.Metrics;

/// <summary>
/// What every output says beside the health-service use measures, and when a judgement on them is fair
/// to make (docs/metrics.md, "Health-service use").
/// </summary>
public static class HealthServiceUse
{
    /// <summary>The regression-to-the-mean caveat, in words, shown wherever the measures are.</summary>
    public const string Caveat =
        "A before-and-after change with no comparison group overstates the effect: people are often referred when their need is at its peak, and their use tends to fall anyway (regression to the mean). Read it as an upper bound, not the whole effect of link-worker support.";

    /// <summary>Coverage below this share of eligible closures is too little measured to judge GP use.</summary>
    public const double MinimumCoveragePct = 50;

    public const string NotEnoughMeasured = "not enough measured to judge";
    public const string TooEarly = "too early to judge";

    public static IReadOnlyList<string> Measures { get; } =
        [Metrics.MetricIds.GpUseChangeMean, Metrics.MetricIds.GpUseReducedPct, Metrics.MetricIds.AeUseChangeMean, Metrics.MetricIds.UseCoveragePct];

    /// <summary>
    /// Null where a judgement on GP use is fair to make; otherwise the words to show instead. Coverage
    /// comes first: a measure of under half the people it should cover says nothing either way.
    /// </summary>
    /// <param name="coveragePct">The published coverage (null when withheld or nothing is due).</param>
    /// <param name="tooEarly">The area's <c>too_early_to_judge</c> flag.</param>
    public static string? Unjudgeable(double? coveragePct, bool tooEarly) =>
        coveragePct is not >= MinimumCoveragePct ? NotEnoughMeasured
        : tooEarly ? TooEarly
        : null;
}
