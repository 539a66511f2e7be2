namespace SpReporting.Spc;

/// <summary>The NHS Making Data Count colours (METRICS.md). Always shown with a label from <see cref="SpcLabels"/>.</summary>
public static class SpcColours
{
    /// <summary>Grey: common cause variation.</summary>
    public const string CommonCause = "#a6a6a6";

    /// <summary>Blue: special cause improvement.</summary>
    public const string Improvement = "#00b0f0";

    /// <summary>Orange: special cause concern.</summary>
    public const string Concern = "#e46c0a";

    /// <summary>Purple: special cause on a metric with no good direction.</summary>
    public const string Neutral = "#490092";

    /// <summary>Red: the target line.</summary>
    public const string Target = "#de1b1b";

    /// <summary>The colour of a point or variation icon.</summary>
    public static string For(Variation variation) => variation switch
    {
        Variation.CommonCause => CommonCause,
        Variation.Improvement => Improvement,
        Variation.Concern => Concern,
        Variation.NeutralHigh or Variation.NeutralLow => Neutral,
        _ => throw new ArgumentOutOfRangeException(nameof(variation), variation, null),
    };

    /// <summary>The colour of an assurance icon, as the MDC icons: pass blue, fail orange, hit and miss (or none) grey.</summary>
    public static string For(Assurance assurance) => assurance switch
    {
        Assurance.ConsistentPass => Improvement,
        Assurance.ConsistentFail => Concern,
        Assurance.HitAndMiss or Assurance.None => CommonCause,
        _ => throw new ArgumentOutOfRangeException(nameof(assurance), assurance, null),
    };
}
