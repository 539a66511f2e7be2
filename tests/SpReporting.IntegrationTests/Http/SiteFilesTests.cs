using SpReporting.Functions.Http;

namespace SpReporting.IntegrationTests.Http;

/// <summary>Dashboard paths map to the site's own files only.</summary>
public sealed class SiteFilesTests
{
    [Theory]
    [InlineData(null, "index.html")]
    [InlineData("", "index.html")]
    [InlineData("areas/", "areas/index.html")]
    [InlineData("js/app.js", "js/app.js")]
    public void Paths_map_to_blobs(string? path, string blob) => Assert.Equal(blob, SiteFiles.BlobName(path));

    [Theory]
    [InlineData("../exports/metrics.csv")]
    [InlineData("a/../../b.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.html")]
    [InlineData("a\\b.html")]
    [InlineData("./index.html")]
    public void Escaping_paths_are_refused(string path) => Assert.Null(SiteFiles.BlobName(path));

    [Fact]
    public void Unknown_types_have_no_content_type() => Assert.Null(SiteFiles.ContentType("web.config"));
}
