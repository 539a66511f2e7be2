using SpReporting.Statistics;

namespace SpReporting.Spc;

/// <summary>
/// An XmR chart of a series: the limits, every point judged, the series' variation (that of its
/// last point) and, where a target exists, assurance.
/// </summary>
/// <param name="Limits">Null when there are fewer than two points (no moving range).</param>
/// <param name="BaselineCount">How many leading points set the limits.</param>
/// <param name="TrialLimits">True when fewer than 12 points set the limits: they are trial limits and say so.</param>
/// <param name="Points">Every point, in order, judged against the limits.</param>
/// <param name="Variation">The variation of the last point (common cause for an empty series).</param>
/// <param name="Assurance">Against the target, if any.</param>
/// <param name="Polarity">The metric's polarity, which the labels need.</param>
/// <param name="Target">The target assurance was judged against, if any.</param>
public sealed record SpcResult(
    SpcLimits? Limits,
    int BaselineCount,
    bool TrialLimits,
    IReadOnlyList<SpcPoint> Points,
    Variation Variation,
    Assurance Assurance,
    Polarity Polarity,
    double? Target)
{
    /// <summary>The text shown with the variation icon.</summary>
    public string VariationLabel => Variation.Label(Polarity);

    /// <summary>The text shown with the assurance icon.</summary>
    public string AssuranceLabel => Assurance.Label();
}
