namespace SpReporting.Dashboard;

/// <summary>
/// The content types of the files a published site holds, one table for every place that serves or
/// uploads it (the local server, the <c>site</c> container upload, the Functions front door). Anything else is not served.
/// </summary>
public static class SiteContentTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Csv = "text/csv; charset=utf-8";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".csv"] = Csv,
        [".xlsx"] = Xlsx,
        [".txt"] = "text/plain; charset=utf-8",
        [".webmanifest"] = "application/manifest+json",
    };

    /// <summary>The content type for a file name, or null where the site never serves such a file.</summary>
    public static string? For(string fileName) => Types.TryGetValue(Path.GetExtension(fileName), out var type) ? type : null;
}
