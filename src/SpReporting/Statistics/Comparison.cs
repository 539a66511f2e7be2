namespace SpReporting.Statistics;

/// <summary>An area's value against its comparator (England, or a PCN's ICB), as OHID Fingertips shows it.</summary>
public enum Comparison
{
    /// <summary>The 95% interval lies wholly on the good side of the comparator.</summary>
    Better,

    /// <summary>The 95% interval includes the comparator.</summary>
    Similar,

    /// <summary>The 95% interval lies wholly on the bad side of the comparator.</summary>
    Worse,

    /// <summary>Not judged: a missing or suppressed value, or fewer than 10 people.</summary>
    NotCompared,

    /// <summary>A neutral metric whose 95% interval lies wholly above the comparator (neither better nor worse).</summary>
    Higher,

    /// <summary>A neutral metric whose 95% interval lies wholly below the comparator.</summary>
    Lower,
}

/// <summary>The stable codes written to CSV and JSON (`compared_to_england`).</summary>
public static class ComparisonCodes
{
    /// <summary><c>better</c>, <c>similar</c>, <c>worse</c>, <c>higher</c>, <c>lower</c> or <c>not_compared</c>.</summary>
    public static string ToCode(this Comparison comparison) => comparison switch
    {
        Comparison.Better => "better",
        Comparison.Similar => "similar",
        Comparison.Worse => "worse",
        Comparison.NotCompared => "not_compared",
        Comparison.Higher => "higher",
        Comparison.Lower => "lower",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, null),
    };

    /// <summary>Plain-English label, so that colour is never the only carrier.</summary>
    public static string Label(this Comparison comparison) => comparison switch
    {
        Comparison.Better => "Better than the comparator",
        Comparison.Similar => "Similar to the comparator",
        Comparison.Worse => "Worse than the comparator",
        Comparison.NotCompared => "Not compared",
        Comparison.Higher => "Higher than the comparator",
        Comparison.Lower => "Lower than the comparator",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, null),
    };
}
