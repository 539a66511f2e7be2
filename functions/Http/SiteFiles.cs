namespace SpReporting.Functions.Http;

/// <summary>
/// Maps a dashboard request path to a blob in <c>$web</c>: folders serve their <c>index.html</c>;
/// empty, <c>.</c> and <c>..</c> segments, backslashes and unknown file types are refused, so a
/// request can name only the published site's own files.
/// </summary>
public static class SiteFiles
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".txt"] = "text/plain; charset=utf-8",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".webmanifest"] = "application/manifest+json",
    };

    public static string? BlobName(string? path)
    {
        var p = path ?? "";
        if (p.Length > 400 || p.Contains('\\', StringComparison.Ordinal) || p.StartsWith('/')) { return null; }
        if (p.Length == 0 || p.EndsWith('/')) { p += "index.html"; }
        var segments = p.Split('/');
        return segments.Any(s => s.Length == 0 || s is "." or ".." || s.Any(char.IsControl)) ? null : p;
    }

    public static string? ContentType(string blobName) =>
        Types.TryGetValue(Path.GetExtension(blobName), out var type) ? type : null;
}
