using System.Net;
using SpReporting.BrowserTests.Support;
using SpReporting.Dashboard;

namespace SpReporting.BrowserTests.Data;

/// <summary>The loopback server: content types, no way out of the site folder, read-only.</summary>
[Collection(DashboardCollection.Name)]
public sealed class StaticSiteServerTests(DashboardSite site)
{
    private static readonly HttpClient Client = new();

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("index.html", "text/html")]
    [InlineData("js/main.js", "text/javascript")]
    [InlineData("vendor/nhsuk/nhsuk-frontend.min.css", "text/css")]
    [InlineData("data/index.json", "application/json")]
    [InlineData("vendor/nhsuk/images/favicon.svg", "image/svg+xml")]
    [InlineData("downloads/metrics.csv", "text/csv")]
    public async Task Serves_site_files_with_their_content_type(string path, string type)
    {
        using var response = await Client.GetAsync(new Uri(site.Address, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("../site/index.html")]
    [InlineData("..%2f..%2fsample%2fmanifest.json")]
    [InlineData("%2e%2e/sample/manifest.json")]
    [InlineData("js/..%2f..%2fsample/manifest.json")]
    [InlineData("..%5csample%5cmanifest.json")]
    [InlineData("data/areas/missing.json")]
    [InlineData("js/")]
    [InlineData(".hidden")]
    public async Task Refuses_anything_outside_the_site_or_missing(string path)
    {
        Assert.True(File.Exists(Path.Combine(site.Site.Directory, "..", "sample", "manifest.json")), "the file the paths try to reach exists");
        using var response = await Client.GetAsync(site.Address + path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Resolve_keeps_every_path_inside_the_root()
    {
        var root = site.Site.Directory;
        Assert.Equal(Path.Combine(root, "index.html"), StaticSiteServer.Resolve(root, "/"));
        Assert.Null(StaticSiteServer.Resolve(root, "/../sample/manifest.json"));
        Assert.Null(StaticSiteServer.Resolve(root, "/%2e%2e/sample/manifest.json"));
        Assert.Null(StaticSiteServer.Resolve(root, "/data/%00index.json"));
    }

    [Fact]
    public async Task Only_reads()
    {
        using var response = await Client.PostAsync(new Uri(site.Address, "data/index.json"), new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("127.0.0.1", site.Address.Host);
    }
}
