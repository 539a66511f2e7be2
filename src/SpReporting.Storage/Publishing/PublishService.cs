using Azure.Storage.Blobs.Models;
using SpReporting.Aggregation;
using SpReporting.Publishing;
using SpReporting.Reference;
using SpReporting.Storage.Aggregates;

namespace SpReporting.Storage.Publishing;

/// <summary>
/// Publishes from the aggregates table, after disclosure control, to the <c>exports</c> container and,
/// for local runs, to <c>OUT/exports</c>: <c>metrics.csv</c> now; packs and the dashboard build on the
/// same per-area reads.
/// </summary>
public sealed class PublishService(StorageAccount storage, OrganisationRegistry organisations)
{
    public const string MetricsCsv = "metrics.csv";

    public async Task<PublishResult> PublishAsync(string? outputDirectory, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        var tree = new AreaTree(organisations);
        var store = new AggregateStore(storage.Aggregates);
        var local = outputDirectory is null ? null : Path.Combine(Path.GetFullPath(outputDirectory), "exports");
        if (local is not null) { Directory.CreateDirectory(local); }
        var csvPath = Path.Combine(local ?? Path.GetTempPath(), local is null ? $"metrics-{Guid.NewGuid():N}.csv" : MetricsCsv);
        long rows;
        var areas = 0;
        Periods.Month? latest = null;
        using (var file = File.Create(csvPath))
        using (var csv = new MetricsCsvWriter(file))
        {
            foreach (var area in tree.All)
            {
                var areaRows = await store.ReadAreaAsync(area, tree, cancellationToken);
                if (areaRows.Count == 0) { continue; }
                areas++;
                // England comes first and has every month, so it fixes the latest month for every area.
                latest ??= areaRows.Max(r => r.End);
                foreach (var row in areaRows.Where(r => r.Window == Window.Month || Aggregator.IsMilestone(r.End, latest.Value))
                    .OrderBy(r => r.Window).ThenBy(r => r.End).ThenBy(r => r.Period, StringComparer.Ordinal))
                {
                    csv.Write(row);
                }
                if (areas % 200 == 0) { progress?.WriteLine($"spr run: publish {areas} areas"); }
            }
            rows = csv.Rows;
        }
        await using (var upload = File.OpenRead(csvPath))
        {
            await storage.Exports.GetBlobClient(MetricsCsv).UploadAsync(upload,
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/csv; charset=utf-8" } }, cancellationToken);
        }
        if (local is null) { File.Delete(csvPath); }
        return new PublishResult(areas, rows, local is null ? null : csvPath);
    }
}

/// <summary>What a publish wrote.</summary>
public sealed record PublishResult(int Areas, long MetricRows, string? MetricsCsvPath);
