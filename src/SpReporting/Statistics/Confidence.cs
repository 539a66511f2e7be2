namespace SpReporting.Statistics;

/// <summary>The confidence level every published interval uses.</summary>
public static class Confidence
{
    /// <summary>Two-sided 95%: each tail holds 2.5%.</summary>
    public const double Level = 0.95;

    /// <summary>The upper 2.5% point of the standard normal, Φ⁻¹(0.975), to double precision.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The lower-tail probability of the upper end of a 95% interval.</summary>
    public const double UpperTail = 0.975;

    /// <summary>The lower-tail probability of the lower end of a 95% interval.</summary>
    public const double LowerTail = 0.025;
}
