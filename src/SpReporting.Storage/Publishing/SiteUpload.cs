using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace SpReporting.Storage.Publishing;

/// <summary>Uploads a written site folder to the <c>$web</c> container with the content types a browser needs.</summary>
internal static class SiteUpload
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".csv"] = "text/csv; charset=utf-8",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static async Task UploadAsync(BlobContainerClient web, string siteDirectory, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(siteDirectory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(siteDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
            var type = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            await using var content = File.OpenRead(file);
            await web.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = type } }, cancellationToken);
        }
    }
}
