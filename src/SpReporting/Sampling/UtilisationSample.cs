using SpReporting.Periods;
using SpReporting.Returns.Pcn;

namespace SpReporting.Sampling;

/// <summary>
/// Health-service use as the sample has it (docs/metrics.md, "Health-service use"). About 60% of PCNs
/// have practices that can run the clinical-system searches and return schema version 2; the rest stay
/// on version 1. Those that can still miss some people (a practice that cannot search, a patient who
/// moved). Each person has a usual GP-use rate, but is referred near a peak of need, so the six months
/// before are inflated and use partly falls back afterwards whatever the support did: a naive
/// before-and-after reading overstates the real, smaller effect (regression to the mean).
/// </summary>
internal static class UtilisationSample
{
    public const double ShareRunningSearches = 0.6;

    /// <summary>How much above their usual rate people are in the six months before referral.</summary>
    public const double PeakBeforeReferral = 1.6;

    /// <summary>The real effect of support on GP use in the sample: a tenth fewer consultations.</summary>
    public const double TrueReduction = 0.1;

    /// <summary>Whether this PCN's practices can count consultations (and so return version 2).</summary>
    public static bool RunsSearches(int seed, string pcnCode) => StableRandom.For(seed, pcnCode, 0x516).Chance(ShareRunningSearches);

    /// <summary>The share of due referrals a searching PCN manages to count, 70–100%, fixed per PCN.</summary>
    private static double Completeness(int seed, string pcnCode) => StableRandom.For(seed, pcnCode, 0x517).Uniform(0.7, 1.0);

    /// <summary>Rows for the CLOSED referrals whose after-window ends in <paramref name="month"/>.</summary>
    public static List<string[]> Rows(int seed, string pcnCode, Month month, Func<Month, IReadOnlyList<SimReferral>> receivedIn, int lookBackMonths)
    {
        var closedIn = month.AddMonths(-UtilisationRow.WindowMonths);
        var completeness = Completeness(seed, pcnCode);
        var rows = new List<(DateOnly Closed, string Id, string[] Cells)>();
        for (var back = 0; back <= lookBackMonths; back++)
        {
            foreach (var x in receivedIn(closedIn.AddMonths(-back)))
            {
                if (x.FinalStatus != "CLOSED" || UtilisationRow.ReportMonth(x.ClosedDate) != month) { continue; }
                var r = StableRandom.For(seed, x.ReferralId, 0x9e0);
                if (!r.Chance(completeness)) { continue; }
                rows.Add((x.ClosedDate, x.ReferralId, Counts(x, r)));
            }
        }
        return rows.OrderBy(x => x.Closed).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Cells).ToList();
    }

    private static string[] Counts(SimReferral x, Random r)
    {
        // Usual consultations in six months: skewed, most people a few, some many (a gamma-like mix).
        var usual = Math.Max(0.5, r.Exponential(4.5) + r.Exponential(1.5));
        var before = Math.Min(200, r.Poisson(usual * PeakBeforeReferral));
        var after = Math.Min(200, r.Poisson(usual * (1 - TrueReduction)));
        string aeBefore = "", aeAfter = "";
        // Not every practice sees its patients' A&E attendances.
        if (r.Chance(0.7))
        {
            var usualAe = r.Exponential(0.3);
            aeBefore = Text.Int(Math.Min(100, r.Poisson(usualAe * PeakBeforeReferral)));
            aeAfter = Text.Int(Math.Min(100, r.Poisson(usualAe * (1 - TrueReduction))));
        }
        return [x.ReferralId, Text.Date(x.ClosedDate), Text.Int(before), Text.Int(after), aeBefore, aeAfter];
    }
}
