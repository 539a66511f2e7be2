using SpReporting.Statistics;

namespace SpReporting.Publishing.Audit;

/// <summary>
/// The inversion attacker: a rate times the public population recovers its count, and a percentage with
/// its 95% Wilson interval pins a numerator and denominator. Rule 2 (docs/metrics.md) computes both from
/// the published counts, so an inversion that gives back the published count tells nothing; one that
/// gives another count, or one for a withheld cell, is a recovery.
/// </summary>
internal static class InversionAttacks
{
    public static void Rates(PublishedCounts t, string latest, List<Recovery> found)
    {
        foreach (var r in t.Rates)
        {
            var windowMonths = MonthsIn(r.Window, r.Period, latest);
            if (windowMonths <= 0 || r.Patients <= 0) { continue; }
            // rate = count x 12 / months x 1,000 / patients, published to 2 decimals.
            var perCount = 12.0 * 1000 / windowMonths / r.Patients;
            var low = (long)Math.Ceiling((r.Rate - 0.005) / perCount - 1e-9);
            var high = (long)Math.Floor((r.Rate + 0.005) / perCount + 1e-9);
            low = Math.Max(low, t.Low[r.Count]);
            high = Math.Min(high, t.High[r.Count]);
            if (low != high || t.ShownExactly[r.Count]) { continue; }
            if (PublishedCounts.Number(t.Shown[r.Count]) == low) { continue; }
            found.Add(new Recovery(r.Area, r.Window, r.Period, t.CountNames[t.Keys[r.Count].Count], low, Shown(t, r.Count),
                $"rate inversion: {r.Metric} x population"));
            (t.Low[r.Count], t.High[r.Count]) = (low, low);
        }
    }

    public static void Percentages(PublishedCounts t, List<Recovery> found)
    {
        foreach (var p in t.Percents)
        {
            if (PublishedCounts.Number(p.Value) is not { } value || PublishedCounts.Number(p.Lower) is not { } lower || PublishedCounts.Number(p.Upper) is not { } upper) { continue; }
            var (nLow, nHigh) = (Math.Max(1, t.Low[p.Denominator]), Math.Min(t.High[p.Denominator], t.Low[p.Denominator] + 5000));
            var xs = new HashSet<long>();
            var ns = new HashSet<long>();
            for (var n = nLow; n <= nHigh; n++)
            {
                var xLow = Math.Max(t.Low[p.Numerator], (long)Math.Ceiling((value - 0.05) * n / 100 - 1e-9));
                var xHigh = Math.Min(Math.Min(t.High[p.Numerator], n), (long)Math.Floor((value + 0.05) * n / 100 + 1e-9));
                for (var x = Math.Max(0, xLow); x <= xHigh; x++)
                {
                    if (Disclosure.Format(100.0 * x / n, 1) != p.Value) { continue; }
                    var ci = Wilson.Score((int)x, (int)n);
                    if (ci is null || Math.Abs(100 * ci.Lower - lower) > 0.051 || Math.Abs(100 * ci.Upper - upper) > 0.051) { continue; }
                    if (Disclosure.Format(100 * ci.Lower, 1) != p.Lower || Disclosure.Format(100 * ci.Upper, 1) != p.Upper) { continue; }
                    xs.Add(x);
                    ns.Add(n);
                }
            }
            if (xs.Count != 1 || ns.Count != 1) { continue; }
            var (x0, n0) = (xs.Single(), ns.Single());
            // Equal to the published counts is what rule 2 gives: nothing learnt. Otherwise the interval was worked
            // out from other counts, and those are the true ones.
            if (PublishedCounts.Number(t.Shown[p.Numerator]) == x0 && PublishedCounts.Number(t.Shown[p.Denominator]) == n0) { continue; }
            Pinned(t, p, p.Numerator, x0, found);
            Pinned(t, p, p.Denominator, n0, found);
        }
    }

    private static void Pinned(PublishedCounts t, PercentRow p, int cell, long value, List<Recovery> found)
    {
        if (!t.ShownExactly[cell] && PublishedCounts.Number(t.Shown[cell]) != value)
        {
            found.Add(new Recovery(p.Area, p.Window, p.Period, t.CountNames[t.Keys[cell].Count], value, Shown(t, cell),
                $"interval inversion: {p.Metric} {p.Value}% ({p.Lower} to {p.Upper})"));
        }
        (t.Low[cell], t.High[cell]) = (value, value);
    }

    /// <summary>Months a window's rate is annualised over: the whole window, a quarter only to the latest month.</summary>
    private static int MonthsIn(string window, string period, string latest)
    {
        if (window == "month") { return 1; }
        if (!Periods.Month.TryParse(latest, out var last)) { return 0; }
        if (window == "quarter")
        {
            return Periods.Quarter.TryParse(period, out var q) ? q.Months().Count(m => m <= last) : 0;
        }
        if (!Periods.Month.TryParse(period, out var end)) { return 0; }
        return window == "fytd" ? end.Index - new Periods.Month(end.Quarter.FinancialYear, 4).Index + 1 : 12;
    }

    internal static string Shown(PublishedCounts t, int cell) => t.Shown[cell].Length > 0 ? t.Shown[cell] : "not shown";
}
