using System.Globalization;

namespace SpReporting.Publishing;

/// <summary>
/// A comparison is only as good as its comparator: where England (or a parent ICB) rests on under 80% of the
/// returns expected, every output that compares with it says so (docs/packs.md, docs/dashboard.md).
/// </summary>
public static class ComparatorCaveat
{
    /// <summary>Completeness (% of expected returns received) below which a comparator carries the caveat.</summary>
    public const double LowCompletenessPct = 80;

    public static bool Applies(double? completenessPct) => completenessPct is < LowCompletenessPct;

    /// <summary>"England rests on 8.4% of the returns expected for March 2024: compare with care."</summary>
    public static string Text(string comparator, double completenessPct, string period) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{comparator} rests on {completenessPct:0.0}% of the returns expected for {period}, under {LowCompletenessPct:0}%: its figures may not represent it, so compare with care.");
}
