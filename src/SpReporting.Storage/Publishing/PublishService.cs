using Azure.Storage.Blobs.Models;
using SpReporting.Aggregation;
using SpReporting.Dashboard;
using SpReporting.Lineage;
using SpReporting.Packs;
using SpReporting.Peers;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Storage.Aggregates;
using SpReporting.Storage.Ledger;

namespace SpReporting.Storage.Publishing;

/// <summary>
/// Publishes from the aggregates table, after disclosure control: <c>metrics.csv</c>, one Excel pack per
/// ICB and one for England for the latest month (container <c>exports</c>; <c>OUT/exports</c> locally),
/// and the dashboard with its data and downloads (container <c>site</c>; <c>OUT/site</c> locally).
/// Every publication is audited before it is uploaded (<see cref="AuditedPublishing"/>).
/// Each area's rows are read once for the CSV, the dashboard and the packs' headline tables; the England
/// pack's monthly sheet reads them again as it writes, so no run holds them all.
/// </summary>
public sealed class PublishService(StorageAccount storage, OrganisationRegistry organisations, PublishOptions? options = null)
{
    public const string MetricsCsv = MetricsCsvWriter.FileName;
    public const string LineageCsv = "lineage.csv";

    /// <summary>The contact and synthetic flag of this publication (defaults when not configured).</summary>
    public PublishOptions Options { get; } = options ?? new PublishOptions();

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
        var site = SiteWriter(siteDirectory, Options.Synthetic);
        var read = new PublishedAreas();
        var peers = new PeerSource();
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
                // One set of rows for every product: a rolling or year-to-date window ending in a month that was
                // the latest at an earlier refresh (and is no longer a milestone) is published nowhere.
                var published = areaRows.Where(r => r.Window == Window.Month || Aggregator.IsMilestone(r.End, read.Latest!.Value)).ToList();
                site.WriteArea(area, published);
                peers.Add(area, published);
                foreach (var row in published.OrderBy(r => r.Window).ThenBy(r => r.End).ThenBy(r => r.Period, StringComparer.Ordinal))
                {
                    csv.Write(row);
                }
                if (read.Areas.Count % 200 == 0) { progress?.WriteLine($"spr run: publish {read.Areas.Count} areas"); }
            }
            rows = csv.Rows;
        }
        var files = new List<string> { MetricsCsv };
        IReadOnlyList<LineageRow> lineage = [];
        if (read.Latest is not null)
        {
            lineage = await WriteLineageAsync(read, work, cancellationToken);
            files.Add(LineageCsv);
        }
        if (read.Latest is { } period)
        {
            var narratives = await NarrativeSource.ReadAsync(storage, organisations, cancellationToken);
            var bands = PeerSource.Metrics.ToDictionary(m => m, m => peers.Bands(m, PeerOptions.Default), StringComparer.Ordinal);
            foreach (var scope in read.Areas.Where(a => a.Level is Level.Icb).Prepend(tree.England))
            {
                var scoped = lineage.Where(l => l.Month == period && (scope.Level == Level.England || l.IcbCode == scope.Code)).ToList();
                files.Add(await WritePackAsync(scope, period, read, narratives, bands, scoped, work, tree, store, withheld, cancellationToken));
            }
            progress?.WriteLine($"spr run: {files.Count - 1} Excel packs");
        }
        var siteWritten = read.Latest is not null;
        if (siteWritten)
        {
            site.WriteLineage(tree, lineage);
            WriteSiteIndex(site, tree, read, files, work);
        }
        return (new PublishResult(read.Areas.Count, rows, Path.Combine(work, MetricsCsv), files), files, siteWritten);
    }

    private async Task UploadAsync(IReadOnlyList<string> files, string work, string? siteDirectory, CancellationToken cancellationToken)
    {
        if (siteDirectory is not null) { await SiteUpload.UploadAsync(storage.Site, siteDirectory, cancellationToken); }
        foreach (var name in files)
        {
            await using var upload = File.OpenRead(Path.Combine(work, name));
            var type = SiteContentTypes.For(name);
            await storage.Exports.GetBlobClient(name).UploadAsync(upload, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = type } }, cancellationToken);
        }
    }

    /// <summary>
    /// The dashboard writer, from the sources in this program's build output. A missing source throws:
    /// a publish without its dashboard is a failure to report, not to skip (docs/deployment.md).
    /// </summary>
    private static DashboardWriter SiteWriter(string siteDirectory, bool synthetic)
    {
        var writer = new DashboardWriter(siteDirectory) { Sources = SiteSources.Find(), Synthetic = synthetic };
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
                : name == LineageCsv ? "Where these figures come from: the returns behind them (CSV)"
                : name.Contains("-england-", StringComparison.Ordinal) ? "England pack (Excel)"
                : $"{tree.ByCode.Values.FirstOrDefault(a => a.Level == Level.Icb && name.Contains($"-{a.Code}-", StringComparison.Ordinal))?.Name ?? name} pack (Excel)";
            downloads.Add(new Download(title, relative, name.EndsWith(".csv", StringComparison.Ordinal) ? "csv" : "xlsx"));
        }
        site.WriteIndex(tree, read.Months, downloads);
    }

    /// <summary>
    /// <c>lineage.csv</c>: for every PCN and published month, the upload counted (or rejected, or missing) and the
    /// ICB return whose plan was used, from the ledger's current uploads (docs/metrics.md, "Where the figures come from").
    /// </summary>
    private async Task<IReadOnlyList<LineageRow>> WriteLineageAsync(PublishedAreas read, string directory, CancellationToken cancellationToken)
    {
        var ledger = new SubmissionLedger(storage.Submissions);
        var months = read.Months.Select(Month.Parse).ToList();
        var pcn = new List<LineageUpload>();
        foreach (var month in months)
        {
            pcn.AddRange((await ledger.UploadsInPeriodAsync(LedgerKeys.PeriodKey(ReturnKind.Pcn, month.ToString()), cancellationToken)).Select(Lineage));
        }
        var icb = new List<LineageUpload>();
        foreach (var quarter in months.Select(m => m.Quarter).Distinct())
        {
            icb.AddRange((await ledger.UploadsInPeriodAsync(LedgerKeys.PeriodKey(ReturnKind.Icb, quarter.ToString()), cancellationToken)).Select(Lineage));
        }
        var rows = LineageBuilder.Rows(organisations, months, pcn, icb).ToList();
        await using var file = File.Create(Path.Combine(directory, LineageCsv));
        LineageCsvWriter.Write(file, rows);
        return rows;
    }

    private static LineageUpload Lineage(LedgerEntry e) =>
        new(e.OrganisationCode ?? "", e.Period ?? "", e.UploadId, e.ReceivedAt, e.Late, e.Accepted, e.Current);

    private async Task<string> WritePackAsync(AreaNode scope, Month period, PublishedAreas read, IReadOnlyList<IcbNarrative> narratives,
        IReadOnlyDictionary<string, PeerBands> bands, IReadOnlyList<LineageRow> lineage, string directory, AreaTree tree, AggregateStore store,
        WithheldCounts withheld, CancellationToken cancellationToken)
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
            Contact: Options.Contact) { Peers = bands, Lineage = lineage, Synthetic = Options.Synthetic };
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
