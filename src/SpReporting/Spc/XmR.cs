using SpReporting.Statistics;

namespace SpReporting.Spc;

/// <summary>
/// The XmR (individuals and moving range) chart as the NHS Making Data Count tools and
/// NHSRplotthedots draw it, with the rules and choices of METRICS.md (see docs/statistics.md).
/// Allocation is one array of points per call; working state lives on the stack.
/// </summary>
public static class XmR
{
    private const int StackLimit = 512;

    /// <summary>Judges every point of a series (oldest first) and, where a target is given, the assurance.</summary>
    public static SpcResult Analyse(IReadOnlyList<double> values, Polarity polarity, SpcOptions options, double? target = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        if (target is double t && !double.IsFinite(t)) { throw new ArgumentOutOfRangeException(nameof(target), t, "A target must be finite."); }

        int n = values.Count;
        // Points are compared at 15 significant digits, so values equal as published are equal here (docs/statistics.md).
        double[] x = Settled(values);

        int baseline = options.BaselinePoints is int fixedBaseline ? Math.Min(fixedBaseline, n) : n;
        bool trial = baseline < SpcOptions.MinimumBaseline;
        var points = new SpcPoint[n];
        if (n < 2)
        {
            for (int i = 0; i < n; i++) { points[i] = new SpcPoint(x[i], SpecialCause.None, Variation.CommonCause); }
            return new SpcResult(null, baseline, trial, points, Variation.CommonCause, Assurance.None, polarity, target);
        }

        var limits = SpcLimits.FromBaseline(x.AsSpan(0, baseline), options.ScreenMovingRanges);
        Span<SpecialCause> rule = n <= StackLimit ? stackalloc SpecialCause[n] : new SpecialCause[n];
        Span<sbyte> direction = n <= StackLimit ? stackalloc sbyte[n] : new sbyte[n];
        rule.Clear();
        direction.Clear();
        SpcRules.Apply(x.AsSpan(0, n), limits, rule, direction);

        for (int i = 0; i < n; i++) { points[i] = new SpcPoint(x[i], rule[i], VariationOf(direction[i], polarity)); }
        var assurance = target is double goal ? AssuranceOf(goal, limits, polarity) : Assurance.None;
        // A series whose latest point meets its target is never "failing" (docs/statistics.md, "Assurance").
        if (assurance == Assurance.ConsistentFail && Meets(x[n - 1], target!.Value, polarity)) { assurance = Assurance.HitAndMiss; }
        return new SpcResult(limits, baseline, trial, points, points[n - 1].Variation, assurance, polarity, target);
    }

    /// <summary>The variation of a point flagged high (+1), low (-1) or not at all (0).</summary>
    public static Variation VariationOf(int direction, Polarity polarity) => (direction, polarity) switch
    {
        (0, _) => Variation.CommonCause,
        (> 0, Polarity.Neutral) => Variation.NeutralHigh,
        (< 0, Polarity.Neutral) => Variation.NeutralLow,
        (> 0, Polarity.Higher) or (< 0, Polarity.Lower) => Variation.Improvement,
        _ => Variation.Concern,
    };

    /// <summary>
    /// Assurance with strict comparisons: for higher-is-better, a target below the lower limit is a
    /// consistent pass, above the upper a consistent fail, otherwise (on a limit too) hit and miss;
    /// mirrored for lower-is-better; none for neutral metrics.
    /// </summary>
    public static Assurance AssuranceOf(double target, SpcLimits limits, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return polarity switch
        {
            Polarity.Neutral => Assurance.None,
            Polarity.Higher when target < limits.Lower => Assurance.ConsistentPass,
            Polarity.Higher when target > limits.Upper => Assurance.ConsistentFail,
            Polarity.Lower when target > limits.Upper => Assurance.ConsistentPass,
            Polarity.Lower when target < limits.Lower => Assurance.ConsistentFail,
            _ => Assurance.HitAndMiss,
        };
    }

    private static bool Meets(double value, double target, Polarity polarity) =>
        polarity == Polarity.Lower ? value <= Decimals.Settle(target) : value >= Decimals.Settle(target);

    private static double[] Settled(IReadOnlyList<double> values)
    {
        var copy = new double[values.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(values[i])) { throw new ArgumentException($"Point {i} is not a finite number; leave gaps out of the series.", nameof(values)); }
            copy[i] = Decimals.Settle(values[i]);
        }
        return copy;
    }
}
