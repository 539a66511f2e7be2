namespace SpReporting.Spc;

/// <summary>The centre line, mean moving range and the process and near limits of an XmR chart.</summary>
public sealed record SpcLimits(
    double Centre,
    double MeanMovingRange,
    double Upper,
    double Lower,
    double UpperNear,
    double LowerNear)
{
    /// <summary>Limits from a centre and mean moving range: ± 2.66 mR, and ± 2/3 of that for the near limits.</summary>
    public static SpcLimits From(double centre, double meanMovingRange) => new(
        centre,
        meanMovingRange,
        centre + (SpcOptions.LimitFactor * meanMovingRange),
        centre - (SpcOptions.LimitFactor * meanMovingRange),
        centre + (SpcOptions.NearLimitFactor * meanMovingRange),
        centre - (SpcOptions.NearLimitFactor * meanMovingRange));

    /// <summary>
    /// The limits of a baseline: centre = mean of its points; mR = mean of |x[i] - x[i-1]|, after one
    /// screening pass that drops moving ranges ≥ 3.267 mR when asked. Needs two points or more.
    /// </summary>
    public static SpcLimits FromBaseline(ReadOnlySpan<double> baseline, bool screenMovingRanges)
    {
        if (baseline.Length < 2) { throw new ArgumentException("Limits need at least two points.", nameof(baseline)); }

        double sum = 0;
        for (int i = 0; i < baseline.Length; i++) { sum += baseline[i]; }
        double centre = sum / baseline.Length;

        double ranges = 0;
        for (int i = 1; i < baseline.Length; i++) { ranges += Math.Abs(baseline[i] - baseline[i - 1]); }
        double meanRange = ranges / (baseline.Length - 1);

        // With mR = 0 every range would be "≥ 3.267 × 0": there is nothing to screen.
        if (screenMovingRanges && meanRange > 0)
        {
            double cutOff = SpcOptions.ScreeningFactor * meanRange;
            double kept = 0;
            int count = 0;
            for (int i = 1; i < baseline.Length; i++)
            {
                double range = Math.Abs(baseline[i] - baseline[i - 1]);
                if (range < cutOff) { kept += range; count++; }
            }

            // A range ≥ 3.267 × a positive mean cannot be every range, so count > 0.
            meanRange = kept / count;
        }

        return From(centre, meanRange);
    }
}
