namespace SpReporting.Functions.Http;

/// <summary>
/// Maps a dashboard request path to a blob in the <c>site</c> container: folders serve their <c>index.html</c>;
/// empty, <c>.</c> and <c>..</c> segments, backslashes and unknown file types are refused, so a
/// request can name only the published site's own files.
/// </summary>
public static class SiteFiles
{
    public static string? BlobName(string? path)
    {
        var p = path ?? "";
        if (p.Length > 400 || p.Contains('\\', StringComparison.Ordinal) || p.StartsWith('/')) { return null; }
        if (p.Length == 0 || p.EndsWith('/')) { p += "index.html"; }
        var segments = p.Split('/');
        return segments.Any(s => s.Length == 0 || s is "." or ".." || s.Any(char.IsControl)) ? null : p;
    }

    public static string? ContentType(string blobName) =>
        SpReporting.Dashboard.SiteContentTypes.For(blobName);
}
