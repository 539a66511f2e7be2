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
    /// Worked in decimal (values taken to 15 significant digits), so equal points give a centre exactly
    /// on them and a zero moving range: binary rounding of a sum never makes a run out of a flat series
    /// (docs/statistics.md, "Published precision").
    /// </summary>
    public static SpcLimits FromBaseline(ReadOnlySpan<double> baseline, bool screenMovingRanges)
    {
        if (baseline.Length < 2) { throw new ArgumentException("Limits need at least two points.", nameof(baseline)); }
        if (!Decimals.Fit(baseline)) { return FromBaselineBinary(baseline, screenMovingRanges); }

        decimal sum = 0;
        for (int i = 0; i < baseline.Length; i++) { sum += (decimal)baseline[i]; }
        decimal centre = sum / baseline.Length;

        decimal ranges = 0;
        for (int i = 1; i < baseline.Length; i++) { ranges += Math.Abs((decimal)baseline[i] - (decimal)baseline[i - 1]); }
        decimal meanRange = ranges / (baseline.Length - 1);

        // With mR = 0 every range would be "≥ 3.267 × 0": there is nothing to screen.
        if (screenMovingRanges && meanRange > 0)
        {
            decimal cutOff = (decimal)SpcOptions.ScreeningFactor * meanRange;
            decimal kept = 0;
            int count = 0;
            for (int i = 1; i < baseline.Length; i++)
            {
                decimal range = Math.Abs((decimal)baseline[i] - (decimal)baseline[i - 1]);
                if (range < cutOff) { kept += range; count++; }
            }

            // A range ≥ 3.267 × a positive mean cannot be every range, so count > 0.
            meanRange = kept / count;
        }

        decimal limit = (decimal)SpcOptions.LimitFactor * meanRange;
        decimal near = limit * 2 / 3;
        // Limits at the points' precision too, so a point that prints as a limit is on it.
        return new SpcLimits(Settle(centre), Settle(meanRange), Settle(centre + limit), Settle(centre - limit), Settle(centre + near), Settle(centre - near));
    }

    private static double Settle(decimal x) => Decimals.Settle((double)x);

    /// <summary>Values too large for decimal (never a published figure) keep binary arithmetic.</summary>
    private static SpcLimits FromBaselineBinary(ReadOnlySpan<double> baseline, bool screenMovingRanges)
    {
        double sum = 0;
        for (int i = 0; i < baseline.Length; i++) { sum += baseline[i]; }
        double centre = sum / baseline.Length;

        double ranges = 0;
        for (int i = 1; i < baseline.Length; i++) { ranges += Math.Abs(baseline[i] - baseline[i - 1]); }
        double meanRange = ranges / (baseline.Length - 1);

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

            meanRange = kept / count;
        }

        return From(centre, meanRange);
    }
}
