using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Lineage;
using SpReporting.Peers;
using SpReporting.Readiness;
using SpReporting.Spc;

namespace SpReporting.Dashboard;

/// <summary>
/// Writes the commissioning dashboard: the static site (pages, scripts, plotly.js and the NHS.UK
/// stylesheet, all served from the site itself) and its data, every value after disclosure control.
/// Call <see cref="WriteArea"/> for each area (in any order, from any thread), then
/// <see cref="WriteIndex"/> last: it also writes each parent's children file from what the areas
/// left, and a reader never sees an index that points at files not yet written.
/// </summary>
public sealed class DashboardWriter(string siteDirectory)
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte[]>> _children = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _returns = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReadinessSource _readiness = new();
    private readonly PeerSource _peers = new();

    public string SiteDirectory { get; } = Path.GetFullPath(siteDirectory);

    /// <summary>How the XmR charts are built; the aggregation's options, so charts and CSV agree.</summary>
    public SpcOptions Spc { get; init; } = SpcOptions.Default;

    /// <summary>The review readiness rule (docs/metrics.md, "Review readiness"); the aggregation's options, so the view and CSV agree.</summary>
    public ReadinessOptions Readiness { get; init; } = ReadinessOptions.Default;

    /// <summary>How the peer bands are drawn (docs/metrics.md, "Peers of the same age").</summary>
    public PeerOptions Peers { get; init; } = PeerOptions.Default;

    /// <summary>Made from <c>spr sample</c> returns: the index says so and every page shows a banner.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Where the site's files come from; found from the repository when not given.</summary>
    public SiteSources? Sources { get; init; }

    public static string DataFolder => "data";

    public void WriteStaticSite()
    {
        var sources = Sources ?? SiteSources.Find();
        foreach (var file in Directory.EnumerateFiles(sources.Dashboard, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sources.Dashboard, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] == DataFolder) { continue; }
            var target = Path.Combine(SiteDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        VendorAssets.CopyTo(sources, SiteDirectory);
    }

    public void WriteArea(AreaNode area, IReadOnlyList<AggregateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(rows);
        var document = new AreaDocument(area, rows);
        WriteJson(Path.Combine(SiteDirectory, DataFolder, "areas", AreaDocument.FileName(area.Code)), json => document.Write(json, Spc));
        _returns[area.Code] = document.HasReturns;
        _readiness.Add(area, rows);
        _peers.Add(area, rows);
        if (area.ParentCode is { } parent)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Compact)) { document.WriteChild(json); }
            _children.GetOrAdd(parent, _ => new(StringComparer.OrdinalIgnoreCase))[area.Code] = buffer.ToArray();
        }
    }

    public void WriteIndex(AreaTree tree, IReadOnlyList<string> periods, IReadOnlyList<Download> downloads)
    {
        ArgumentNullException.ThrowIfNull(tree);
        foreach (var d in downloads) { CheckInsideSite(d); }
        foreach (var (parent, children) in _children)
        {
            // Children in the tree's order (the reference list's), not the order they were written in.
            var ordered = tree.All.Where(a => children.ContainsKey(a.Code)).Select(a => children[a.Code]);
            WriteJson(Path.Combine(SiteDirectory, DataFolder, "children", AreaDocument.FileName(parent)), json =>
            {
                json.WriteStartObject();
                json.WriteString("parent", parent);
                json.WriteStartArray("children");
                foreach (var child in ordered) { json.WriteRawValue(child, skipInputValidation: true); }
                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
        WriteReadiness(tree);
        WritePeers(tree);
        bool? Returns(string code) => _returns.IsEmpty ? null : _returns.TryGetValue(code, out var r) ? r : false;
        WriteJson(Path.Combine(SiteDirectory, DataFolder, "index.json"), json => IndexDocument.Write(json, tree, periods, downloads, Returns, Synthetic));
    }

    /// <summary>
    /// The "Where these figures come from" data of every area with published figures, from <c>lineage.csv</c>'s
    /// lines; call before <see cref="WriteIndex"/>.
    /// </summary>
    public void WriteLineage(AreaTree tree, IReadOnlyList<LineageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(rows);
        var byPcn = rows.ToLookup(r => r.PcnCode, StringComparer.OrdinalIgnoreCase);
        foreach (var area in tree.All.Where(a => _returns.GetValueOrDefault(a.Code)))
        {
            var own = area.Pcns.SelectMany(p => byPcn[p]).ToList();
            WriteJson(Path.Combine(SiteDirectory, DataFolder, "lineage", AreaDocument.FileName(area.Code)), json => LineageDocument.Write(json, area, own));
        }
    }

    /// <summary>Readiness for each area above PCN level with published figures, from the PCNs' published rows.</summary>
    private void WriteReadiness(AreaTree tree)
    {
        if (_readiness.IsEmpty) { return; }
        var table = _readiness.Table(Readiness);
        var latest = table.Last.AddMonths(-Readiness.HorizonMonths);
        foreach (var area in tree.All.Where(a => a.Level != Level.Pcn && _returns.GetValueOrDefault(a.Code)))
        {
            WriteJson(Path.Combine(SiteDirectory, DataFolder, "readiness", AreaDocument.FileName(area.Code)), json => ReadinessDocument.Write(json, area, tree, table, latest));
        }
    }

    /// <summary>Peer bands with each ICB's PCNs on them, from the PCNs' published values (docs/metrics.md, "Peers of the same age").</summary>
    private void WritePeers(AreaTree tree)
    {
        if (_peers.IsEmpty || _readiness.IsEmpty) { return; }
        var bands = PeerSource.Metrics.ToDictionary(m => m, m => _peers.Bands(m, Peers), StringComparer.Ordinal);
        var latest = _readiness.Latest;
        foreach (var icb in tree.Icbs.Where(a => _returns.GetValueOrDefault(a.Code)))
        {
            WriteJson(Path.Combine(SiteDirectory, DataFolder, "peers", AreaDocument.FileName(icb.Code)), json => PeerDocument.Write(json, icb, tree, _peers, bands, latest));
        }
    }

    private static void CheckInsideSite(Download d)
    {
        var path = d.RelativePath.Replace('\\', '/');
        if (path.Length == 0 || path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal) || path.Split('/').Any(s => s is ".." or "."))
        {
            throw new ArgumentException($"Download '{d.Title}' must be a path inside the site, relative to its root (not '{d.RelativePath}').", nameof(d));
        }
    }

    /// <summary>Written to a temporary file and moved into place, so a file is never seen half written.</summary>
    private static void WriteJson(string path, Action<Utf8JsonWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp" + Environment.CurrentManagedThreadId;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            write(json);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
