using Azure.Storage.Blobs.Models;
using SpReporting.Aggregation;
using SpReporting.Dashboard;
using SpReporting.Packs;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Reference;
using SpReporting.Storage.Aggregates;

namespace SpReporting.Storage.Publishing;

/// <summary>
/// Publishes from the aggregates table, after disclosure control: <c>metrics.csv</c>, one Excel pack per
/// ICB and one for England for the latest month (container <c>exports</c>; <c>OUT/exports</c> locally),
/// and the dashboard with its data and downloads (container <c>$web</c>; <c>OUT/site</c> locally).
/// Every publication is audited before it is uploaded (<see cref="AuditedPublishing"/>).
/// Each area's rows are read once for the CSV, the dashboard and the packs' headline tables; the England
/// pack's monthly sheet reads them again as it writes, so no run holds them all.
/// </summary>
public sealed class PublishService(StorageAccount storage, OrganisationRegistry organisations)
{
    public const string MetricsCsv = MetricsCsvWriter.FileName;
    /// <summary>Shown on every pack cover; a deployment sets its own team mailbox here.</summary>
    public const string Contact = "The SpReporting reporting team of your NHS England region";

    /// <summary>
    /// Writes every output, audits it as an attacker would (docs/metrics.md, "Disclosure control"), withholds
    /// complementary cells and writes again until the audit recovers nothing, then uploads. Throws
    /// <see cref="UnsafePublicationException"/> (and uploads nothing, and leaves no local outputs) when the
    /// audit can still break the publication.
    /// </summary>
    public async Task<PublishResult> PublishAsync(string? outputDirectory, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        var root = outputDirectory is null ? Directory.CreateTempSubdirectory("spr-publish-").FullName : Path.GetFullPath(outputDirectory);
        var exports = Path.Combine(root, "exports");
        var siteDirectory = Path.Combine(root, "site");
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var ((written, files, site), withheld, auditing) = await AuditedPublishing.WriteAsync(root,
                withheld => WriteAsync(exports, siteDirectory, withheld, progress, cancellationToken), progress);
            if (outputDirectory is null) { await UploadAsync(files, exports, site ? siteDirectory : null, cancellationToken); }
            return written with
            {
                MetricsCsvPath = outputDirectory is null ? null : written.MetricsCsvPath,
                Withheld = withheld.Count,
                Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started),
                Auditing = auditing,
            };
        }
        catch (UnsafePublicationException) when (outputDirectory is not null)
        {
            // Outputs the audit can break are not left where they could be shared.
            if (Directory.Exists(exports)) { Directory.Delete(exports, recursive: true); }
            if (Directory.Exists(siteDirectory)) { Directory.Delete(siteDirectory, recursive: true); }
            throw;
        }
        finally
        {
            if (outputDirectory is null && Directory.Exists(root)) { Directory.Delete(root, recursive: true); }
        }
    }

    private async Task<(PublishResult Result, List<string> Files, bool Site)> WriteAsync(string work, string siteDirectory, WithheldCounts withheld,
        TextWriter? progress, CancellationToken cancellationToken)
    {
        var tree = new AreaTree(organisations);
        var store = new AggregateStore(storage.Aggregates);
        Directory.CreateDirectory(work);
        var site = SiteWriter(siteDirectory, progress);
        var read = new PublishedAreas();
        long rows;
        using (var file = File.Create(Path.Combine(work, MetricsCsv)))
        using (var csv = new MetricsCsvWriter(file))
        {
            foreach (var area in tree.All)
            {
                var areaRows = await store.ReadAreaAsync(area, tree, cancellationToken);
                if (areaRows.Count == 0) { continue; }
                withheld.Mark(areaRows);
                read.Add(area, areaRows);
                site?.WriteArea(area, areaRows);
                foreach (var row in areaRows.Where(r => r.Window == Window.Month || Aggregator.IsMilestone(r.End, read.Latest!.Value))
                    .OrderBy(r => r.Window).ThenBy(r => r.End).ThenBy(r => r.Period, StringComparer.Ordinal))
                {
                    csv.Write(row);
                }
                if (read.Areas.Count % 200 == 0) { progress?.WriteLine($"spr run: publish {read.Areas.Count} areas"); }
            }
            rows = csv.Rows;
        }
        var files = new List<string> { MetricsCsv };
        if (read.Latest is { } period)
        {
            var narratives = await NarrativeSource.ReadAsync(storage, organisations, cancellationToken);
            foreach (var scope in read.Areas.Where(a => a.Level is Level.Icb).Prepend(tree.England))
            {
                files.Add(await WritePackAsync(scope, period, read, narratives, work, tree, store, withheld, cancellationToken));
            }
            progress?.WriteLine($"spr run: {files.Count - 1} Excel packs");
        }
        var siteWritten = site is not null && read.Latest is not null;
        if (siteWritten) { WriteSiteIndex(site!, tree, read, files, work); }
        return (new PublishResult(read.Areas.Count, rows, Path.Combine(work, MetricsCsv), files), files, siteWritten);
    }

    private async Task UploadAsync(IReadOnlyList<string> files, string work, string? siteDirectory, CancellationToken cancellationToken)
    {
        if (siteDirectory is not null) { await SiteUpload.UploadAsync(storage.Web, siteDirectory, cancellationToken); }
        foreach (var name in files)
        {
            await using var upload = File.OpenRead(Path.Combine(work, name));
            var type = SiteContentTypes.For(name);
            await storage.Exports.GetBlobClient(name).UploadAsync(upload, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = type } }, cancellationToken);
        }
    }

    /// <summary>The dashboard writer, or null where the site's sources are not deployed with this program.</summary>
    private static DashboardWriter? SiteWriter(string siteDirectory, TextWriter? progress)
    {
        SiteSources sources;
        try
        {
            sources = SiteSources.Find();
        }
        catch (DirectoryNotFoundException e)
        {
            progress?.WriteLine($"spr run: dashboard not written: {e.Message}");
            return null;
        }
        var writer = new DashboardWriter(siteDirectory) { Sources = sources };
        writer.WriteStaticSite();
        return writer;
    }

    /// <summary>Downloads go inside the site (it is served on its own), then the index, which must come last.</summary>
    private static void WriteSiteIndex(DashboardWriter site, AreaTree tree, PublishedAreas read, IReadOnlyList<string> files, string exports)
    {
        var downloads = new List<Download>();
        foreach (var name in files)
        {
            var relative = $"downloads/{name}";
            var target = Path.Combine(site.SiteDirectory, "downloads", name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(exports, name), target, overwrite: true);
            var title = name == MetricsCsv ? "All published metrics (CSV, long format)"
                : name.Contains("-england-", StringComparison.Ordinal) ? "England pack (Excel)"
                : $"{tree.ByCode.Values.FirstOrDefault(a => a.Level == Level.Icb && name.Contains($"-{a.Code}-", StringComparison.Ordinal))?.Name ?? name} pack (Excel)";
            downloads.Add(new Download(title, relative, name.EndsWith(".csv", StringComparison.Ordinal) ? "csv" : "xlsx"));
        }
        site.WriteIndex(tree, read.Months, downloads);
    }

    private async Task<string> WritePackAsync(AreaNode scope, Month period, PublishedAreas read, IReadOnlyList<IcbNarrative> narratives,
        string directory, AreaTree tree, AggregateStore store, WithheldCounts withheld, CancellationToken cancellationToken)
    {
        var listed = read.Areas.Where(a => PackScope.Lists(scope, a)).ToList();
        var title = scope.Level == Level.England
            ? "Social prescribing link workers: England"
            : $"Social prescribing link workers: {scope.Name}";
        var input = new PackInput(title, scope, period,
            HeadlineRows: [.. listed.SelectMany(a => read.Headlines[a.Code])],
            MonthlyRows: MonthlyRows(listed, tree, store, period, withheld, cancellationToken),
            Returns: [.. read.Returns.Where(r => scope.Level == Level.England || organisations.FindPcn(r.PcnCode)?.IcbCode == scope.Code)],
            Narratives: [.. narratives.Where(n => scope.Level == Level.England || n.IcbCode == scope.Code)],
            Published: DateOnly.FromDateTime(DateTime.UtcNow),
            NextUpdate: period.AddMonths(2).Start,
            Contact: Contact);
        var name = PackNames.For(scope, period);
        await using var file = File.Create(Path.Combine(directory, name));
        await PackWriter.WriteAsync(input, file, cancellationToken);
        return name;
    }

    /// <summary>Monthly rows read back area by area while the pack's monthly sheet is written.</summary>
    private static IEnumerable<AggregateRow> MonthlyRows(IEnumerable<AreaNode> areas, AreaTree tree, AggregateStore store, Month period,
        WithheldCounts withheld, CancellationToken cancellationToken)
    {
        foreach (var area in areas)
        {
            // The pack writer reads its rows synchronously; publishing runs off any request thread.
            var rows = store.ReadAreaAsync(area, tree, cancellationToken).GetAwaiter().GetResult();
            withheld.Mark(rows);
            foreach (var row in rows.Where(r => PackScope.IsMonthly(r, period)).OrderBy(r => r.End)) { yield return row; }
        }
    }
}

/// <summary>What a publish wrote.</summary>
public sealed record PublishResult(int Areas, long MetricRows, string? MetricsCsvPath, IReadOnlyList<string> Files)
{
    /// <summary>Counts withheld by complementary suppression (docs/metrics.md).</summary>
    public int Withheld { get; init; }

    /// <summary>The whole publish, and the part of it spent in the disclosure audit (docs/benchmarks.md).</summary>
    public TimeSpan Elapsed { get; init; }

    public TimeSpan Auditing { get; init; }
}
