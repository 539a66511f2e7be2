using SpReporting.BrowserTests.Support;

namespace SpReporting.BrowserTests.Browser;

/// <summary>
/// Every view at every level: it renders with no console errors, every chart is drawn and matches
/// its data table, axe-core finds nothing serious or critical, and nothing leaves 127.0.0.1.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ViewTests(DashboardSite site)
{
    public static readonly string[] Views = ["overview", "spc", "referrals", "maturity", "readiness", "implementation", "outcomes", "equity", "workforce", "quality", "downloads"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var level in new[] { "england", "region", "icb", "pcn" })
        {
            foreach (var view in Views) { data.Add(level, view); }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task View_renders_with_tables_that_match_and_no_serious_accessibility_problems(string level, string view)
    {
        var code = level switch { "england" => site.EnglandCode, "region" => site.RegionCode, "icb" => site.IcbCode, _ => site.PcnCode };
        await using var page = await site.OpenAsync($"#area={code}&view={view}");

        Assert.Equal("true", await page.Page.EvaluateAsync<string>("() => document.body.dataset.ready"));
        Assert.Contains(code, await page.Page.InnerTextAsync("#app-caption"), StringComparison.Ordinal);
        Assert.Equal(view, await page.Page.GetAttributeAsync("a[aria-current=page]", "href") is { } href ? href.Split("view=")[1].Split('&')[0] : "");

        var charts = await page.RunScriptAsync("chart-tables.js");
        var problems = charts.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Every chart is drawn, or says plainly that there is nothing to draw; every view but downloads has charts.
        var empty = await page.Page.Locator(".app-chart .app-chart__empty").CountAsync();
        Assert.Equal(charts.GetProperty("charts").GetInt32(), charts.GetProperty("drawn").GetInt32() + empty);
        if (view != "downloads") { Assert.True(charts.GetProperty("drawn").GetInt32() > 0, "the view drew no chart"); }

        await Axe.InjectAsync(page);
        var violations = await page.RunScriptAsync("axe-run.js");
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, "axe-core found serious or critical problems:\n" + string.Join("\n", list));

        await page.ScreenshotAsync($"{level}-{view}");
        page.AssertClean();
    }
}
