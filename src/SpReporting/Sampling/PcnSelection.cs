using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Sampling;

/// <summary>Which PCNs a sample covers: those open at some time in the window, spread across regions and ICBs.</summary>
internal static class PcnSelection
{
    public static IReadOnlyList<Organisation> Choose(OrganisationRegistry registry, int? count, IReadOnlyList<string>? icbs, Month from, Month to)
    {
        if (count is < 1) { throw new ArgumentOutOfRangeException(nameof(count), count, "The number of PCNs must be at least 1."); }
        var open = registry.Pcns.Where(o => o.OpenDate <= to.End && (o.CloseDate is null || o.CloseDate >= from.Start)).ToArray();

        if (icbs is { Count: > 0 })
        {
            var wanted = icbs.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToArray();
            foreach (var code in wanted)
            {
                if (registry.FindIcb(code) is null) { throw new ArgumentException($"'{code}' is not an ICB code in the reference list.", nameof(icbs)); }
            }
            // The first N of the chosen ICBs, in the order given.
            var chosen = open.Where(o => wanted.Contains(o.IcbCode))
                .OrderBy(o => Array.IndexOf(wanted, o.IcbCode)).ThenBy(o => o.PcnCode, StringComparer.Ordinal);
            return (count is { } n ? chosen.Take(n) : chosen).ToArray();
        }
        if (count is not { } take) { return open; }

        // Round-robin: one PCN from each ICB in turn, ICBs ordered so that consecutive ones are in different regions.
        var queues = open.GroupBy(o => o.IcbCode)
            .Select(g => (Region: g.First().RegionCode, Icb: g.Key, Pcns: g.OrderBy(o => o.PcnCode, StringComparer.Ordinal).ToArray()))
            .GroupBy(x => x.Region)
            .SelectMany(region => region.OrderBy(x => x.Icb, StringComparer.Ordinal).Select((x, rank) => (Rank: rank, x.Region, x.Pcns)))
            .OrderBy(x => x.Rank).ThenBy(x => x.Region, StringComparer.Ordinal)
            .Select(x => x.Pcns)
            .ToArray();
        var result = new List<Organisation>(Math.Min(take, open.Length));
        for (var round = 0; result.Count < take && queues.Any(q => round < q.Length); round++)
        {
            foreach (var q in queues)
            {
                if (round < q.Length && result.Count < take) { result.Add(q[round]); }
            }
        }
        return result.OrderBy(o => o.PcnCode, StringComparer.Ordinal).ToArray();
    }
}
