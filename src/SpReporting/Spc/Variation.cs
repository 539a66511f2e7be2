namespace SpReporting.Spc;

/// <summary>What a point's variation says, by the metric's polarity.</summary>
public enum Variation
{
    /// <summary>No special cause.</summary>
    CommonCause,

    /// <summary>Special cause in the good direction.</summary>
    Improvement,

    /// <summary>Special cause in the bad direction.</summary>
    Concern,

    /// <summary>Special cause upwards, for a metric with no good direction.</summary>
    NeutralHigh,

    /// <summary>Special cause downwards, for a metric with no good direction.</summary>
    NeutralLow,
}

/// <summary>Stable codes for <see cref="Variation"/> (the <c>variation</c> column of CSV and JSON).</summary>
public static class VariationCodes
{
    /// <summary><c>common_cause</c>, <c>improvement</c>, <c>concern</c>, <c>neutral_high</c> or <c>neutral_low</c>.</summary>
    public static string ToCode(this Variation variation) => variation switch
    {
        Variation.CommonCause => "common_cause",
        Variation.Improvement => "improvement",
        Variation.Concern => "concern",
        Variation.NeutralHigh => "neutral_high",
        Variation.NeutralLow => "neutral_low",
        _ => throw new ArgumentOutOfRangeException(nameof(variation), variation, null),
    };

    /// <summary>The variation for a code written by <see cref="ToCode(Variation)"/>.</summary>
    public static Variation Parse(string code) => code switch
    {
        "common_cause" => Variation.CommonCause,
        "improvement" => Variation.Improvement,
        "concern" => Variation.Concern,
        "neutral_high" => Variation.NeutralHigh,
        "neutral_low" => Variation.NeutralLow,
        _ => throw new FormatException($"'{code}' is not a variation code."),
    };
}
