using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SpReporting.Dashboard;

namespace SpReporting.Storage.Publishing;

/// <summary>Uploads a written site folder to the private <c>site</c> container with the content types a browser needs.</summary>
internal static class SiteUpload
{
    public static async Task UploadAsync(BlobContainerClient container, string siteDirectory, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(siteDirectory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(siteDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
            var type = SiteContentTypes.For(file) ?? "application/octet-stream";
            await using var content = File.OpenRead(file);
            await container.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = type } }, cancellationToken);
        }
    }
}
