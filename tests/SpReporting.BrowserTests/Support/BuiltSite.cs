using System.Diagnostics;
using SpReporting.Aggregation;
using SpReporting.Dashboard;
using SpReporting.Publishing;
using SpReporting.Sampling;

namespace SpReporting.BrowserTests.Support;

/// <summary>
/// A dashboard site published from sampled returns, as the publish step does it: static files,
/// one data file per area, metrics.csv as a download, then the index.
/// </summary>
public sealed record BuiltSite(string Directory, SampledRows Rows, TimeSpan Elapsed, int Areas)
{
    public static BuiltSite Build(SampleOptions options, string root)
    {
        var watch = Stopwatch.StartNew();
        if (System.IO.Directory.Exists(root)) { System.IO.Directory.Delete(root, recursive: true); }
        var rows = SampledRows.Make(options, Path.Combine(root, "sample"));
        var site = Path.Combine(root, "site");
        var writer = new DashboardWriter(site) { Synthetic = true };
        writer.WriteStaticSite();
        var downloads = Path.Combine(site, "downloads");
        System.IO.Directory.CreateDirectory(downloads);
        var areas = 0;
        using (var csv = new MetricsCsvWriter(File.Create(Path.Combine(downloads, "metrics.csv"))))
        {
            foreach (var (area, areaRows) in rows.ByArea())
            {
                writer.WriteArea(area, areaRows);
                foreach (var row in areaRows) { csv.Write(row); }
                areas++;
            }
        }
        writer.WriteLineage(new AreaTree(rows.Input.Organisations), rows.Lineage());
        writer.WriteIndex(new AreaTree(rows.Input.Organisations), rows.Months(), [new Download("All metrics (CSV, long format)", "downloads/metrics.csv", "csv")]);
        return new BuiltSite(site, rows, watch.Elapsed, areas);
    }
}
