using SpReporting.BrowserTests.Support;

namespace SpReporting.BrowserTests.Browser;

/// <summary>Moving between areas at every level with the picker and the search, by keyboard alone.</summary>
[Collection(DashboardCollection.Name)]
public sealed class NavigationTests(DashboardSite site)
{
    [Fact]
    public async Task Loads_England_by_default_with_its_first_chart()
    {
        await using var page = await site.OpenAsync("");
        Assert.Equal("England", await page.Page.InnerTextAsync("#app-title"));
        Assert.Equal(1, await page.Page.Locator("#chart-spc-ref_received .js-plotly-plot").CountAsync());
        Assert.Equal(9, await page.Page.Locator(".app-card").CountAsync());
        page.AssertClean();
    }

    [Fact]
    public async Task The_picker_moves_from_England_to_a_region_an_ICB_and_a_PCN_using_only_the_keyboard()
    {
        await using var page = await site.OpenAsync("");
        var orgs = site.Site.Rows.Input.Organisations;
        var region = orgs.Regions.Single(r => r.Code == site.RegionCode);
        var icb = orgs.FindIcb(site.IcbCode)!;
        var pcn = orgs.FindPcn(site.PcnCode)!;

        await ChooseAsync(page, "#pick-region", region.Code);
        await ShowAsync(page);
        Assert.Equal(region.Name, await page.Page.InnerTextAsync("#app-title"));
        Assert.Contains($"Region {region.Code}", await page.Page.InnerTextAsync("#app-caption"), StringComparison.Ordinal);

        await ChooseAsync(page, "#pick-icb", icb.Code);
        await ShowAsync(page);
        Assert.Equal(icb.Name, await page.Page.InnerTextAsync("#app-title"));

        await ChooseAsync(page, "#pick-pcn", pcn.PcnCode);
        await ShowAsync(page);
        Assert.Equal(pcn.PcnName, await page.Page.InnerTextAsync("#app-title"));
        // A PCN is compared with England and with its ICB.
        Assert.True(await page.Page.Locator(".app-compare", new() { HasTextString = "Compared with the ICB" }).CountAsync() > 0);

        await ChooseAsync(page, "#pick-region", "");
        await ShowAsync(page);
        Assert.Equal("England", await page.Page.InnerTextAsync("#app-title"));
        page.AssertClean();
    }

    [Theory]
    [InlineData("code")]
    [InlineData("name")]
    public async Task Search_finds_an_area_by_ODS_code_or_name_and_its_link_opens_it(string by)
    {
        await using var page = await site.OpenAsync("#view=spc");
        var pcn = site.Site.Rows.Input.Organisations.FindPcn(site.PcnCode)!;
        await page.Page.FocusAsync("#area-search");
        await page.Page.Keyboard.TypeAsync(by == "code" ? pcn.PcnCode.ToLowerInvariant() : pcn.PcnName[..^4]);
        var result = page.Page.Locator("#area-search-results a", new() { HasTextString = pcn.PcnName });
        await result.WaitForAsync();
        Assert.Contains("match", await page.Page.InnerTextAsync("#area-search-status"), StringComparison.Ordinal);
        await result.FocusAsync();
        await page.RenderAfterAsync(() => page.Page.Keyboard.PressAsync("Enter"));
        Assert.Equal(pcn.PcnName, await page.Page.InnerTextAsync("#app-title"));
        // The view chosen before is kept.
        Assert.Equal(8, await page.Page.Locator(".app-chart[data-chart^=spc-]").CountAsync());
        page.AssertClean();
    }

    [Fact]
    public async Task Choosing_an_earlier_period_changes_the_headline_figures()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}");
        var latest = await page.Page.InnerTextAsync(".app-card[data-metric=ref_received] .app-card__value");
        var months = site.Site.Rows.Months();
        await ChooseAsync(page, "#pick-period", months[^13]);
        await ShowAsync(page);
        Assert.Contains("Figures for", await page.Page.InnerTextAsync("#app-caption"), StringComparison.Ordinal);
        Assert.Contains(months[^13], page.Page.Url, StringComparison.Ordinal);
        var earlier = await page.Page.InnerTextAsync(".app-card[data-metric=ref_received] .app-card__value");
        Assert.NotEqual(latest, earlier);
        page.AssertClean();
    }

    /// <summary>Picks an option by keyboard: focus the select and press keys until the value is reached.</summary>
    private static async Task ChooseAsync(PageSession page, string selector, string value)
    {
        await page.Page.FocusAsync(selector);
        var values = await page.Page.EvalOnSelectorAllAsync<string[]>($"{selector} option", "os => os.map(o => o.value)");
        var target = Array.IndexOf(values, value);
        Assert.True(target >= 0, $"{value} is not offered by {selector}");
        var current = await page.Page.EvalOnSelectorAsync<int>(selector, "s => s.selectedIndex");
        var key = target > current ? "ArrowDown" : "ArrowUp";
        for (var i = 0; i < Math.Abs(target - current); i++) { await page.Page.Keyboard.PressAsync(key); }
        Assert.Equal(value, await page.Page.EvalOnSelectorAsync<string>(selector, "s => s.value"));
    }

    /// <summary>Tabs from where focus is to the Show button and presses Enter.</summary>
    private static async Task ShowAsync(PageSession page)
    {
        for (var i = 0; i < 10 && await page.Page.EvaluateAsync<string>("() => document.activeElement.id") != "pick-show"; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("pick-show", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.RenderAfterAsync(() => page.Page.Keyboard.PressAsync("Enter"));
    }
}
