namespace SpReporting.Statistics;

/// <summary>
/// A two-sided confidence level with its tails and normal quantile. OHID Fingertips shows 95% and 99.8%
/// intervals (docs/statistics.md); every interval function takes one of these.
/// </summary>
public readonly record struct ConfidenceLevel
{
    private ConfidenceLevel(double level, double lowerTail, double upperTail, double z)
    {
        Level = level;
        LowerTail = lowerTail;
        UpperTail = upperTail;
        Z = z;
    }

    /// <summary>95%: tails of 2.5%, z = Φ⁻¹(0.975).</summary>
    public static ConfidenceLevel P95 { get; } = new(Confidence.Level, Confidence.LowerTail, Confidence.UpperTail, Confidence.Z95);

    /// <summary>99.8%: tails of 0.1%, z = Φ⁻¹(0.999) = 3.090232306167813.</summary>
    public static ConfidenceLevel P998 { get; } = new(0.998, 0.001, 0.999, 3.090232306167813);

    public double Level { get; }
    public double LowerTail { get; }
    public double UpperTail { get; }
    public double Z { get; }

    /// <summary>Any level strictly between 0 and 1; 0.95 and 0.998 give the exact constants above.</summary>
    public static ConfidenceLevel Of(double level)
    {
        if (level == P95.Level) { return P95; }
        if (level == P998.Level) { return P998; }
        if (!(level > 0 && level < 1)) { throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level is between 0 and 1."); }
        var tail = (1 - level) / 2;
        return new ConfidenceLevel(level, tail, 1 - tail, Normal.Quantile(1 - tail));
    }

    /// <summary>As written beside a comparison: "95%" or "99.8%".</summary>
    public string Percent => (Level * 100).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
