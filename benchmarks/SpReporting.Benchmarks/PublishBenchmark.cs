using System.Diagnostics;
using SpReporting.Aggregation;
using SpReporting.Dashboard;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Publishing.Audit;
using SpReporting.Reference;
using SpReporting.Sampling;
using SpReporting.Testing;

namespace SpReporting.Benchmarks;

/// <summary>
/// Publishing with and without the disclosure audit (docs/benchmarks.md): a realistic sample (returns
/// sampled, validated and ingested in process; the audit needs the exact sums real returns keep, which
/// synthetic partials do not) for the first N ICBs × M months, aggregated, then metrics.csv and the
/// dashboard data written as publishing writes them, then audited. Packs are left out, so the audit's
/// share is if anything overstated.
/// </summary>
internal static class PublishBenchmark
{
    public static int Run(int icbs, int months)
    {
        var all = OrganisationRegistry.Default;
        var chosen = all.Icbs.Take(icbs).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var orgs = new OrganisationRegistry(all.Pcns.Where(p => chosen.Contains(p.IcbCode)));
        var to = new Month(2026, 9);
        var from = to.AddMonths(-(months - 1));
        var sample = Directory.CreateTempSubdirectory("spr-bench-sample-").FullName;
        SampleIngest.Result ingested;
        try
        {
            SampleWriter.Write(new SampleOptions { From = from, Months = months, Icbs = [.. chosen], Seed = 3, XlsxShare = 0, Now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) }, all, sample);
            ingested = SampleIngest.Run(sample);
        }
        finally
        {
            Directory.Delete(sample, recursive: true);
        }
        var rows = Aggregator.Rows(new AggregationInput(orgs, ingested.Partials, ingested.Plans, from, to)).ToList();
        Console.WriteLine($"{orgs.Pcns.Count:N0} PCNs in {icbs} ICBs, {months} months, {rows.Count:N0} rows");
        var root = Directory.CreateTempSubdirectory("spr-bench-publish-").FullName;
        try
        {
            for (var run = 1; run <= 2; run++)
            {
                GC.Collect();
                var write = Stopwatch.StartNew();
                // The same in-process writers the tests publish with, nothing withheld yet: one write before its audit.
                InProcessPublication.Write(rows, root, new WithheldCounts());
                write.Stop();
                var audit = Stopwatch.StartNew();
                var result = PublicationAudit.Run(root);
                audit.Stop();
                var csv = new FileInfo(Path.Combine(root, "exports", MetricsCsvWriter.FileName)).Length;
                Console.WriteLine($"run {run}: write {write.Elapsed.TotalSeconds:0.00} s (metrics.csv {csv / 1024.0 / 1024:0.0} MB), " +
                    $"audit {audit.Elapsed.TotalSeconds:0.00} s ({100 * audit.Elapsed.TotalSeconds / write.Elapsed.TotalSeconds:0}% of writing), " +
                    $"{result.Recoveries.Count} recovered, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MB");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
        return 0;
    }
}
