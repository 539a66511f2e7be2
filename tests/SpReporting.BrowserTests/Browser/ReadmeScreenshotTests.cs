using SpReporting.BrowserTests.Support;

namespace SpReporting.BrowserTests.Browser;

/// <summary>
/// The README's picture of the dashboard (docs/dashboard.png) is taken here, from the current site built from
/// sampled returns as <c>spr demo</c> builds it, so it never shows a page that no longer exists.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ReadmeScreenshotTests(DashboardSite site)
{
    [Fact]
    public async Task The_README_screenshot_is_the_current_England_overview()
    {
        // Into the checkout's docs/, not the copy of the site's sources in the build output.
        var target = Path.Combine(Checkout(), "docs", "dashboard.png");
        await using var page = await site.OpenAsync($"#area={site.EnglandCode}&view=overview");
        // What the picture must show: the synthetic-data banner and drawn charts.
        Assert.True(await page.Page.Locator("#app-synthetic").IsVisibleAsync(), "no synthetic data banner to show");
        Assert.True(await page.Page.Locator(".app-chart .js-plotly-plot").CountAsync() > 0, "no chart drawn");

        await page.Page.ScreenshotAsync(new() { Path = target, FullPage = false });

        var bytes = await File.ReadAllBytesAsync(target);
        Assert.True(bytes.Length > 10_000, "the screenshot is empty");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4).ToArray());
        Assert.True(DateTime.UtcNow - File.GetLastWriteTimeUtc(target) < TimeSpan.FromMinutes(1));
        page.AssertClean();
    }

    private static string Checkout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpReporting.sln"))) { return dir.FullName; }
        }
        throw new DirectoryNotFoundException("The checkout (SpReporting.sln) is not above the test's build output.");
    }
}
