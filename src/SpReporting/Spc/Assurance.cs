namespace SpReporting.Spc;

/// <summary>Whether the process, as its limits stand, will meet a target.</summary>
public enum Assurance
{
    /// <summary>No assurance: no target, too few points for limits, or a neutral metric.</summary>
    None,

    /// <summary>Both limits are on the passing side of the target: it will be met consistently.</summary>
    ConsistentPass,

    /// <summary>Both limits are on the failing side of the target: it will be missed consistently.</summary>
    ConsistentFail,

    /// <summary>The target lies between the limits (or on one): sometimes met, sometimes not.</summary>
    HitAndMiss,
}

/// <summary>Stable codes for <see cref="Assurance"/> (the <c>assurance</c> column of CSV and JSON).</summary>
public static class AssuranceCodes
{
    /// <summary><c>consistent_pass</c>, <c>consistent_fail</c>, <c>hit_and_miss</c>; empty for <see cref="Assurance.None"/>.</summary>
    public static string ToCode(this Assurance assurance) => assurance switch
    {
        Assurance.None => "",
        Assurance.ConsistentPass => "consistent_pass",
        Assurance.ConsistentFail => "consistent_fail",
        Assurance.HitAndMiss => "hit_and_miss",
        _ => throw new ArgumentOutOfRangeException(nameof(assurance), assurance, null),
    };

    /// <summary>The assurance of a code written by <see cref="ToCode"/>; empty is <see cref="Assurance.None"/>.</summary>
    public static Assurance Parse(string code) => code switch
    {
        "" => Assurance.None,
        "consistent_pass" => Assurance.ConsistentPass,
        "consistent_fail" => Assurance.ConsistentFail,
        "hit_and_miss" => Assurance.HitAndMiss,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an assurance code."),
    };
}
