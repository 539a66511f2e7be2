using System.Diagnostics;
using SpReporting.Aggregation;
using SpReporting.Peers;
using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Benchmarks;

/// <summary>
/// The extra compute of peer bands at publish (docs/benchmarks.md, "Peers of the same age"): every PCN's rows
/// of a national rebuild through <see cref="PeerSource"/> (disclosure control of six measures a month), then
/// the bands of the six key measures. The rebuild itself is not timed.
/// </summary>
internal static class PeerBench
{
    public static int Run(int months)
    {
        var orgs = OrganisationRegistry.Default;
        var to = new Month(2026, 9);
        var from = to.AddMonths(-(months - 1));
        var input = new AggregationInput(orgs, SyntheticPartials.For(orgs, from, to), new Dictionary<(string, Quarter), double>(), from, to);
        var source = new PeerSource();
        var collect = new Stopwatch();
        AreaNode? current = null;
        var rows = new List<AggregateRow>();
        foreach (var row in Aggregator.Rows(input).Where(r => r.Area.Level == Level.Pcn))
        {
            if (current is not null && row.Area.Code != current.Code) { Flush(); }
            current = row.Area;
            rows.Add(row);
        }
        Flush();
        var sw = Stopwatch.StartNew();
        var bands = PeerSource.Metrics.Select(m => source.Bands(m, PeerOptions.Default)).ToList();
        sw.Stop();
        Console.WriteLine($"peers: {orgs.Pcns.Count:N0} PCNs × {months} months: collecting published values {collect.Elapsed.TotalSeconds:0.00} s, six measures' bands {sw.Elapsed.TotalSeconds:0.00} s ({bands.Sum(b => b.All.Count)} bands)");
        return 0;

        void Flush()
        {
            collect.Start();
            if (current is not null) { source.Add(current, rows); }
            collect.Stop();
            rows = [];
        }
    }
}
