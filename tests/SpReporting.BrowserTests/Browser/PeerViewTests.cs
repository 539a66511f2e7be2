using System.Globalization;
using SpReporting.BrowserTests.Support;
using SpReporting.Peers;

namespace SpReporting.BrowserTests.Browser;

/// <summary>
/// The maturity view's comparison with PCNs at the same age: the ICB's PCNs on the national band, the chosen
/// PCN highlighted, a table that matches the chart and places each PCN as its band says, axe-clean.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class PeerViewTests(DashboardSite site)
{
    [Theory]
    [InlineData("icb")]
    [InlineData("pcn")]
    public async Task Each_pcn_is_placed_against_the_band_at_its_own_age(string level)
    {
        var code = level == "icb" ? site.IcbCode : site.PcnCode;
        await using var page = await site.OpenAsync($"#area={code}&view=maturity");
        var measures = await page.Page.Locator("#peer-metric option").CountAsync();
        Assert.Equal(PeerSource.Metrics.Count, measures);
        for (var i = 0; i < measures; i++)
        {
            var id = await page.Page.Locator("#peer-metric option").Nth(i).GetAttributeAsync("value");
            if (i > 0) { await page.RenderAfterAsync(() => page.Page.SelectOptionAsync("#peer-metric", id!)); }
            var rows = page.Page.Locator($"#chart-peers-{id} tbody tr");
            var count = await rows.CountAsync();
            Assert.Equal(site.Site.Rows.Input.Organisations.PcnsInIcb(site.IcbCode).Count, count);
            for (var r = 0; r < count; r++)
            {
                var cells = await rows.Nth(r).Locator("td").AllTextContentsAsync();
                double? N(int k) => double.TryParse(cells[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
                var (value, lower, upper) = (N(1), N(2), N(4));
                var expected = value is null || lower is null ? "No band at this age"
                    : (value > upper ? PeerPlace.Above : value < lower ? PeerPlace.Below : PeerPlace.Within).Label();
                Assert.Equal(expected, cells[5]);
            }
        }
        var charts = await page.RunScriptAsync("chart-tables.js");
        var problems = charts.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        if (level == "pcn")
        {
            Assert.Equal(1, await page.Page.Locator("#peers tbody tr[data-series='chosen']").CountAsync());
            Assert.Contains("black diamond", await page.Page.InnerTextAsync("#peers .app-chart__summary"), StringComparison.Ordinal);
        }
        await Axe.InjectAsync(page);
        var violations = (await page.RunScriptAsync("axe-run.js")).EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, "axe-core found serious or critical problems:\n" + string.Join("\n", violations));
        await page.ScreenshotAsync($"{level}-maturity-peers");
        page.AssertClean();
    }
}
