using System.Globalization;
using SpReporting.Periods;
using SpReporting.Returns.Pcn;

namespace SpReporting.Sampling;

/// <summary>
/// NoMAD survey answers for the last month of a financial quarter. Coherence (making sense of link
/// workers) comes first; reflexive monitoring (appraising the work) grows as the service matures.
/// Link workers rate the service higher than practice staff; some items are "not relevant" to reception staff.
/// </summary>
internal static class ImplementationSurvey
{
    public static bool IsSurveyMonth(Month m) => m == m.Quarter.LastMonth;

    /// <summary>Rows in <see cref="PcnSchema.ImplementationColumns"/> order, or none where the PCN did not run the survey.</summary>
    public static IReadOnlyList<string[]> Responses(PcnProfile p, int seed, Month m, int linkWorkers)
    {
        if (!IsSurveyMonth(m) || m < p.ServiceStart.AddMonths(3)) { return []; }
        var r = StableRandom.For(seed, p.Code, 0x1a7, m.Index);
        if (!r.Chance(0.75)) { return []; }

        var maturity = Math.Clamp((m.Index - p.ServiceStart.Index) / 36.0, 0, 1);
        var pcnEffect = StableRandom.For(seed, p.Code, 0x1a8).Normal(0, 0.25);
        var staff = 3 + r.Poisson(p.ListSize / 12_000.0);
        var roles = new List<string>();
        for (var i = 0; i < Math.Max(1, Math.Min(linkWorkers, 4)); i++) { roles.Add("SPLW"); }
        for (var i = 0; i < staff; i++)
        {
            roles.Add(r.Pick<string>([("GP", 25), ("NURSE_AHP", 12), ("PRACTICE_MANAGER", 12), ("ADMIN_RECEPTION", 22), ("OTHER_ARRS", 10), ("OTHER", 5)]));
        }

        var rows = new List<string[]>(roles.Count);
        foreach (var role in roles)
        {
            var person = pcnEffect + r.Normal(role == "SPLW" ? 0.3 : 0, 0.4);
            var nrChance = role is "ADMIN_RECEPTION" or "OTHER" ? 0.12 : 0.03;
            var row = new List<string>(PcnSchema.ImplementationColumns.Count)
            {
                role,
                Score(r, 5 + 4 * maturity + person, 0, 10),
                Score(r, 3 + 5 * maturity + person, 0, 10),
                Score(r, 5 + 3.5 * maturity + person, 0, 10),
            };
            AddItems(r, row, PcnSchema.CoherenceItems.Count, 3.7 + 0.5 * maturity + person, nrChance);
            AddItems(r, row, PcnSchema.CognitiveParticipationItems.Count, 3.4 + 0.6 * maturity + person, nrChance);
            AddItems(r, row, PcnSchema.CollectiveActionItems.Count, 2.9 + 0.9 * maturity + person, nrChance * 1.5);
            AddItems(r, row, PcnSchema.ReflexiveMonitoringItems.Count, 2.7 + 1.0 * maturity + person, nrChance * 1.5);
            rows.Add(row.ToArray());
        }
        return rows;
    }

    private static void AddItems(Random r, List<string> row, int count, double mean, double notRelevant)
    {
        for (var i = 0; i < count; i++)
        {
            row.Add(r.Chance(notRelevant) ? "NR" : r.Chance(0.03) ? "" : Score(r, mean, 1, 5, 0.7));
        }
    }

    private static string Score(Random r, double mean, int min, int max, double sd = 1.5) =>
        StableRandom.Clamp(r.Normal(mean, sd), min, max).ToString(CultureInfo.InvariantCulture);
}
