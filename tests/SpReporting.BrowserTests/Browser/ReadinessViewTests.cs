using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.BrowserTests.Support;
using SpReporting.Metrics;

namespace SpReporting.BrowserTests.Browser;

/// <summary>
/// The review readiness view: the commissioner picks a review date (past or projected), the answer and both
/// charts follow it, the tables match the charts, the figures equal the readiness the aggregator put in
/// metrics.csv, and the view is axe-clean and reachable by keyboard.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ReadinessViewTests(DashboardSite site)
{
    private const string Review = "2024-04";

    private async Task<PageSession> OpenAtAsync(string code, string review)
    {
        var page = await site.OpenAsync($"#area={code}&view=readiness");
        await page.RenderAfterAsync(() => page.Page.SelectOptionAsync("#readiness-review", review));
        return page;
    }

    private static async Task AssertTablesMatchAndAxeCleanAsync(PageSession page)
    {
        var charts = await page.RunScriptAsync("chart-tables.js");
        var problems = charts.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(2, charts.GetProperty("drawn").GetInt32());
        Assert.True(charts.GetProperty("checked").GetInt32() > 5);
        await Axe.InjectAsync(page);
        var violations = (await page.RunScriptAsync("axe-run.js")).EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, "axe-core found serious or critical problems:\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("icb")]
    [InlineData("england")]
    public async Task Share_at_a_review_date_equals_the_published_metric(string level)
    {
        var code = level == "icb" ? site.IcbCode : site.EnglandCode;
        await using var page = await OpenAtAsync(code, Review);
        var row = page.Page.Locator($"#chart-readiness-share tbody tr[data-x='{Review}']");
        var fair = int.Parse(await row.Locator("td").Nth(0).TextContentAsync() ?? "", CultureInfo.InvariantCulture);
        var open = int.Parse(await row.Locator("td").Nth(1).TextContentAsync() ?? "", CultureInfo.InvariantCulture);

        var expected = site.Site.Rows.ByArea().Single(a => a.Area.Code == code).Rows
            .Single(r => r.Window == Window.Month && r.Period == Review).Find(MetricIds.ReadySharePct)!;
        Assert.Equal((expected.Numerator, expected.Denominator), ((double?)fair, (double?)open));
        Assert.True(open > 0);
        var answer = await page.Page.InnerTextAsync("#readiness-answer");
        Assert.Contains($"At the end of April 2024, {fair} of {open} open PCNs", answer, StringComparison.Ordinal);
        await AssertTablesMatchAndAxeCleanAsync(page);
        await page.ScreenshotAsync($"{level}-readiness-2024-04");
        page.AssertClean();
    }

    [Fact]
    public async Task A_projected_review_date_is_labelled_and_every_pcn_is_listed_with_a_reason()
    {
        var last = site.Site.Rows.To.AddMonths(12).ToString();
        await using var page = await OpenAtAsync(site.IcbCode, last);
        Assert.Contains("(projected)", await page.Page.InnerTextAsync("#readiness-answer"), StringComparison.Ordinal);
        var pcns = site.Site.Rows.Input.Organisations.PcnsInIcb(site.IcbCode).Count;
        Assert.Equal(pcns, await page.Page.Locator("#readiness-children tbody tr").CountAsync());
        // The reasons chart counts each open PCN once, so its rows add up to the open PCNs of the share table.
        var counts = await page.Page.Locator("#chart-readiness-reasons tbody td").AllTextContentsAsync();
        var open = await page.Page.Locator($"#chart-readiness-share tbody tr[data-x='{last}'] td").Nth(1).TextContentAsync() ?? "";
        Assert.Equal(int.Parse(open, CultureInfo.InvariantCulture), counts.Sum(c => int.Parse(c, CultureInfo.InvariantCulture)));
        await AssertTablesMatchAndAxeCleanAsync(page);
        page.AssertClean();
    }

    [Fact]
    public async Task A_pcn_sees_its_own_status_among_its_icbs_pcns_and_the_review_date_is_keyboard_reachable()
    {
        await using var page = await OpenAtAsync(site.PcnCode, Review);
        var pcn = site.Site.Rows.Input.Organisations.FindPcn(site.PcnCode)!;
        Assert.Contains(pcn.PcnName + ":", await page.Page.InnerTextAsync("#readiness-answer"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Page.Locator("#readiness-children tbody th", new() { HasTextString = "(this PCN)" }).CountAsync());
        await page.Page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        var reached = false;
        for (var i = 0; i < 100 && !reached; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            reached = await page.Page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.id === 'readiness-review'");
        }
        Assert.True(reached, "Tab did not reach the review date");
        await AssertTablesMatchAndAxeCleanAsync(page);
        page.AssertClean();
    }
}
