using SpReporting.Partials;
using SpReporting.Returns.Icb;

namespace SpReporting.Storage.Partials;

/// <summary>
/// An ICB's quarterly plan stored like a partial (component <c>plan.{pcn}</c> = planned WTE), so the
/// same "latest upload wins" write serves plans too, and a refresh reads both in one scan.
/// </summary>
public static class PlanPartial
{
    private const string Prefix = "plan.";

    public static Partial From(IcbReturn icb) =>
        new(icb.Plan.Select(l => KeyValuePair.Create(Prefix + l.PcnCode, l.PlannedSplwWte))
            .Append(KeyValuePair.Create("plan.lines", (double)icb.Plan.Count)), null);

    public static IEnumerable<(string Pcn, double Wte)> Lines(Partial plan) =>
        plan.Sums.Where(kv => kv.Key.StartsWith(Prefix, StringComparison.Ordinal) && kv.Key != "plan.lines")
            .Select(kv => (kv.Key[Prefix.Length..], kv.Value));
}
