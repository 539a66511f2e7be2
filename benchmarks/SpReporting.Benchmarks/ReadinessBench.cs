using System.Diagnostics;
using SpReporting.Aggregation;
using SpReporting.Periods;
using SpReporting.Readiness;
using SpReporting.Reference;

namespace SpReporting.Benchmarks;

/// <summary>
/// The extra compute review readiness adds to a national rebuild (docs/benchmarks.md, "Review readiness"):
/// every PCN's status month by month to the horizon, then what the aggregator and the dashboard ask of it
/// (each area's share at every month and the month by which 80% are fair).
/// </summary>
internal static class ReadinessBench
{
    public static int Run(int months)
    {
        var orgs = OrganisationRegistry.Default;
        var to = new Month(2026, 9);
        var from = to.AddMonths(-(months - 1));
        var partials = SyntheticPartials.For(orgs, from, to);
        var starts = new Dictionary<string, Month>(StringComparer.Ordinal);
        foreach (var ((pcn, _), partial) in partials)
        {
            if (partial.FirstSplwStart is { } s && (!starts.TryGetValue(pcn, out var known) || Month.Of(s) < known)) { starts[pcn] = Month.Of(s); }
        }
        var tree = new AreaTree(orgs);
        for (var run = 0; run < 2; run++)
        {
            var sw = Stopwatch.StartNew();
            var table = ReadinessTable.Build(ReadinessTable.Histories(orgs, partials.Keys, starts, to), from, to, ReadinessOptions.Default);
            var built = sw.Elapsed;
            long cells = 0;
            foreach (var area in tree.All)
            {
                _ = area.Level == Level.Pcn ? table.Earliest(area.Code) : table.ShareReached(area.Pcns);
                for (var m = from; m <= table.Last; m = m.AddMonths(1)) { cells += table.At(area.Pcns, m).Considered; }
            }
            sw.Stop();
            Console.WriteLine($"readiness (run {run + 1}): {orgs.Pcns.Count:N0} PCNs, {months} months + {ReadinessOptions.Default.HorizonMonths} projected: table {built.TotalSeconds:0.00} s, every area and month {sw.Elapsed.TotalSeconds:0.00} s in all ({cells:N0} PCN-months summed)");
        }
        var lineage = Stopwatch.StartNew();
        var uploads = partials.Keys.Select(k => new SpReporting.Lineage.LineageUpload(k.Item1, k.Item2.ToString(), $"{k.Item1}-{k.Item2}", DateTimeOffset.UnixEpoch, false, true, true)).ToList();
        var published = Enumerable.Range(0, months).Select(from.AddMonths).ToList();
        var lines = SpReporting.Lineage.LineageBuilder.Rows(orgs, published, uploads, []).Count();
        lineage.Stop();
        Console.WriteLine($"lineage: {lines:N0} lines (every PCN open in every month) in {lineage.Elapsed.TotalSeconds:0.00} s");
        return 0;
    }
}
