using SpReporting.Statistics;

namespace SpReporting.Spc;

/// <summary>
/// The words that go with every SPC icon and colour, so that colour is never the only carrier.
/// Wording follows the NHS Making Data Count icons.
/// </summary>
public static class SpcLabels
{
    /// <summary>
    /// The variation label with its direction, e.g. "Special cause improvement (high)": the side
    /// follows from the polarity (an improvement on a lower-is-better metric is low).
    /// </summary>
    public static string Label(this Variation variation, Polarity polarity) => (variation, polarity) switch
    {
        (Variation.CommonCause, _) => "Common cause variation",
        (Variation.Improvement, Polarity.Higher) => "Special cause improvement (high)",
        (Variation.Improvement, Polarity.Lower) => "Special cause improvement (low)",
        (Variation.Concern, Polarity.Higher) => "Special cause concern (low)",
        (Variation.Concern, Polarity.Lower) => "Special cause concern (high)",
        (Variation.NeutralHigh, _) => "Special cause neutral (high)",
        (Variation.NeutralLow, _) => "Special cause neutral (low)",
        _ => variation.Label(),
    };

    /// <summary>The variation label without a direction.</summary>
    public static string Label(this Variation variation) => variation switch
    {
        Variation.CommonCause => "Common cause variation",
        Variation.Improvement => "Special cause improvement",
        Variation.Concern => "Special cause concern",
        Variation.NeutralHigh => "Special cause neutral (high)",
        Variation.NeutralLow => "Special cause neutral (low)",
        _ => throw new ArgumentOutOfRangeException(nameof(variation), variation, null),
    };

    /// <summary>The assurance label, e.g. "Consistently passing the target".</summary>
    public static string Label(this Assurance assurance) => assurance switch
    {
        Assurance.None => "No target assurance",
        Assurance.ConsistentPass => "Consistently passing the target",
        Assurance.ConsistentFail => "Consistently failing the target",
        Assurance.HitAndMiss => "Hit and miss: the target may or may not be met",
        _ => throw new ArgumentOutOfRangeException(nameof(assurance), assurance, null),
    };

    /// <summary>The label of a trial-limits chart, shown beside the limits.</summary>
    public const string TrialLimits = "Trial limits: fewer than 12 points";
}
