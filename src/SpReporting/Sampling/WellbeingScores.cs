using System.Globalization;

namespace SpReporting.Sampling;

/// <summary>
/// Plausible wellbeing scores: people referred score low at baseline and most improve, by about what
/// evaluations of social prescribing report. SWEMWBS uses the published raw-to-metric conversion;
/// MYCAW is a mean concern score where lower is better.
/// </summary>
internal static class WellbeingScores
{
    /// <summary>SWEMWBS metric score for raw totals 7..35 (Stewart-Brown et al., 2009 Rasch conversion).</summary>
    private static readonly double[] SwemwbsMetric =
    [
        7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25,
        19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00,
    ];

    private static readonly string[] SwemwbsText = SwemwbsMetric.Select(v => Format(v, "0.00")).ToArray();
    private static readonly string[] TenthsText = Enumerable.Range(0, 61).Select(i => Format(i / 10.0, "0.0")).ToArray();

    /// <summary>A baseline and the follow-up it would have at closure.</summary>
    public static (string Baseline, string FollowUp) Draw(Random r, string tool, double benefit)
    {
        switch (tool)
        {
            case "SWEMWBS":
            {
                var b = StableRandom.Clamp(r.Normal(19, 4), 7, 35);
                var f = StableRandom.Clamp(b + r.Normal(2.8 * benefit, 3.2), 7, 35);
                return (SwemwbsText[b - 7], SwemwbsText[f - 7]);
            }
            case "WEMWBS":
            {
                var b = StableRandom.Clamp(r.Normal(38, 8), 14, 70);
                var f = StableRandom.Clamp(b + r.Normal(5.5 * benefit, 7), 14, 70);
                return (Text.Int(b), Text.Int(f));
            }
            case "ONS4_LS":
            {
                var b = StableRandom.Clamp(r.Normal(4.3, 2.1), 0, 10);
                var f = StableRandom.Clamp(b + r.Normal(1.4 * benefit, 1.9), 0, 10);
                return (Text.Int(b), Text.Int(f));
            }
            case "MYCAW":
            {
                // Tenths of a point: the mean of up to three concerns rated 0-6, as recorded.
                var b = StableRandom.Clamp(r.Normal(41, 9), 0, 60);
                var f = StableRandom.Clamp(b - r.Normal(13 * benefit, 11), 0, 60);
                return (TenthsText[b], TenthsText[f]);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(tool), tool, "not a scored wellbeing tool");
        }
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
