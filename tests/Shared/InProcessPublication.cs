using SpReporting.Aggregation;
using SpReporting.Dashboard;
using SpReporting.Publishing;

namespace SpReporting.Testing;

/// <summary>
/// The production writers and publishing loop in process: <c>metrics.csv</c> (<see cref="MetricsCsvWriter"/>)
/// and the dashboard data (<see cref="DashboardWriter"/>) for rows already aggregated, audited by
/// <see cref="AuditedPublishing"/> exactly as <c>spr run</c> and the timer publish.
/// </summary>
public static class InProcessPublication
{
    public static WithheldCounts Publish(IReadOnlyList<AggregateRow> rows, string root) =>
        AuditedPublishing.WriteAsync(root, withheld =>
        {
            Write(rows, root, withheld);
            return Task.FromResult(0);
        }).GetAwaiter().GetResult().Withheld;

    /// <summary>One write, as publishing does it each round: the rows are copied, so marks never reach the caller's rows.</summary>
    public static void Write(IReadOnlyList<AggregateRow> rows, string root, WithheldCounts withheld)
    {
        var copies = rows.Select(r => new AggregateRow(r.Area, r.Window, r.Period, r.End, r.Values)).ToList();
        withheld.Mark(copies);
        var latest = copies.Max(r => r.End);
        var exports = Path.Combine(root, "exports");
        Directory.CreateDirectory(exports);
        using (var file = File.Create(Path.Combine(exports, MetricsCsvWriter.FileName)))
        using (var csv = new MetricsCsvWriter(file))
        {
            foreach (var row in copies.Where(r => r.Window == Window.Month || Aggregator.IsMilestone(r.End, latest))) { csv.Write(row); }
        }
        var site = new DashboardWriter(Path.Combine(root, "site"));
        foreach (var area in copies.GroupBy(r => r.Area.Code)) { site.WriteArea(area.First().Area, [.. area]); }
    }
}
