namespace SpReporting.Spc;

/// <summary>Which rule made a point special cause; rules are listed in priority order.</summary>
public enum SpecialCause
{
    /// <summary>Common cause: no rule applies.</summary>
    None,

    /// <summary>Strictly above the upper or below the lower process limit.</summary>
    Outside,

    /// <summary>Part of 7 points in a row each strictly higher (or each strictly lower) than the one before.</summary>
    Trend,

    /// <summary>Beyond a near limit, in 3 points on one side of the centre of which 2 are beyond it.</summary>
    TwoOfThree,

    /// <summary>Part of 7 or more points in a row strictly on one side of the centre (a shift).</summary>
    Run,
}

/// <summary>Stable codes for <see cref="SpecialCause"/>.</summary>
public static class SpecialCauseCodes
{
    /// <summary><c>none</c>, <c>outside</c>, <c>trend</c>, <c>two_of_three</c> or <c>run</c>.</summary>
    public static string ToCode(this SpecialCause rule) => rule switch
    {
        SpecialCause.None => "none",
        SpecialCause.Outside => "outside",
        SpecialCause.Trend => "trend",
        SpecialCause.TwoOfThree => "two_of_three",
        SpecialCause.Run => "run",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
