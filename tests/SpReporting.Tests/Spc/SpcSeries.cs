using SpReporting.Spc;
using SpReporting.Statistics;

namespace SpReporting.Tests.Spc;

/// <summary>
/// A 12-point baseline alternating 12, 10 (centre 11, every moving range 2, so mR = 2): process
/// limits 11 ± 5.32 = 5.68 and 16.32, near limits 11 ± 3.5467 = 7.4533 and 14.5467. With the
/// baseline fixed to these 12 points, points appended after it are judged against exactly these
/// limits. The baseline ends on 10, below the centre, and it triggers no rule itself.
/// </summary>
internal static class SpcSeries
{
    public static readonly SpcOptions Fixed = new() { BaselinePoints = 12 };

    public static double[] Baseline() => [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10];

    public static SpcLimits Limits => XmR.Analyse(Baseline(), Polarity.Higher, Fixed).Limits!;

    public static SpcResult After(double[] tail, Polarity polarity = Polarity.Higher, double? target = null) =>
        XmR.Analyse([.. Baseline(), .. tail], polarity, Fixed, target);

    /// <summary>The rules of the appended points only.</summary>
    public static SpecialCause[] TailRules(SpcResult result, int tailLength) =>
        [.. result.Points.Skip(result.Points.Count - tailLength).Select(p => p.Rule)];

    public static SpecialCause[] Repeat(SpecialCause rule, int count) => Enumerable.Repeat(rule, count).ToArray();
}
