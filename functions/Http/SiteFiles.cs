namespace SpReporting.Functions.Http;

/// <summary>
/// Maps a dashboard request path to a blob in the <c>site</c> container: folders serve their <c>index.html</c>;
/// every segment must be of the safe shape the upload path uses (<see cref="SpReporting.Returns.UploadPath.IsSafeSegment"/>:
/// no empty, <c>.</c> or <c>..</c> segments, no spaces, percent signs or backslashes), so a request
/// can name only the published site's own files.
/// </summary>
public static class SiteFiles
{
    public static string? BlobName(string? path)
    {
        var p = path ?? "";
        if (p.Length > 400 || p.Contains('\\', StringComparison.Ordinal) || p.StartsWith('/')) { return null; }
        if (p.Length == 0 || p.EndsWith('/')) { p += "index.html"; }
        var segments = p.Split('/');
        return segments.All(SpReporting.Returns.UploadPath.IsSafeSegment) ? p : null;
    }

    public static string? ContentType(string blobName) =>
        SpReporting.Dashboard.SiteContentTypes.For(blobName);
}
