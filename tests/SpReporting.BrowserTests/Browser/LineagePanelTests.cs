using SpReporting.BrowserTests.Support;
using SpReporting.Lineage;

namespace SpReporting.BrowserTests.Browser;

/// <summary>"Where these figures come from" under every view: the counts and uploads equal lineage's lines for the area and month.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LineagePanelTests(DashboardSite site)
{
    [Theory]
    [InlineData("england", "spc")]
    [InlineData("icb", "overview")]
    [InlineData("pcn", "readiness")]
    public async Task The_panel_names_the_returns_behind_the_figures(string level, string view)
    {
        var code = level switch { "england" => site.EnglandCode, "icb" => site.IcbCode, _ => site.PcnCode };
        var period = site.Site.Rows.To.AddMonths(-2);
        await using var page = await site.OpenAsync($"#area={code}&view={view}&period={period}");
        await page.Page.ClickAsync("#lineage summary");
        var orgs = site.Site.Rows.Input.Organisations;
        var pcns = level switch
        {
            "england" => orgs.Pcns.Select(p => p.PcnCode),
            "icb" => orgs.PcnsInIcb(code).Select(p => p.PcnCode),
            _ => [code],
        };
        var lines = site.Site.Rows.Lineage().Where(l => l.Month == period && pcns.Contains(l.PcnCode)).ToList();
        var counted = lines.Count(l => l.State is LineageState.CountedOnTime or LineageState.CountedLate);
        var late = lines.Count(l => l.State == LineageState.CountedLate);
        var missing = lines.Count(l => l.State == LineageState.Missing);
        var summary = await page.Page.InnerTextAsync("#lineage-summary");
        Assert.Contains($"{lines.Count} PCN monthly returns were expected. {counted} are counted ({late} of them late)", summary, StringComparison.Ordinal);
        Assert.Contains($"{missing} are missing", summary, StringComparison.Ordinal);
        if (level != "england")
        {
            var rows = await page.Page.Locator("#lineage tbody tr").CountAsync();
            Assert.Equal(lines.Count, rows);
            foreach (var line in lines.Where(l => l.UploadId is not null))
            {
                Assert.Equal(1, await page.Page.Locator($"#lineage tbody tr[data-x='{line.PcnCode}'] td", new() { HasTextString = line.UploadId! }).CountAsync());
            }
        }
        await Axe.InjectAsync(page);
        var violations = (await page.RunScriptAsync("axe-run.js")).EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, "axe-core found serious or critical problems:\n" + string.Join("\n", violations));
        page.AssertClean();
    }
}
