using SpReporting.BrowserTests.Support;

namespace SpReporting.BrowserTests.Browser;

/// <summary>
/// The checks the other tests rely on do catch what they look for: a table that disagrees with its
/// chart, an accessibility failure, a control Tab cannot reach, and a request leaving the machine.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class HarnessTests(DashboardSite site)
{
    [Fact]
    public async Task A_table_cell_that_disagrees_with_its_chart_is_reported()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}&view=spc");
        Assert.Empty((await page.RunScriptAsync("chart-tables.js")).GetProperty("problems").EnumerateArray());
        await page.Page.EvaluateAsync("() => { const c = document.querySelector('#chart-spc-ref_received tbody tr td'); c.textContent = '123456'; }");
        var problems = (await page.RunScriptAsync("chart-tables.js")).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(problems, p => p!.Contains("spc-ref_received", StringComparison.Ordinal) && p.Contains("123456", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Axe_reports_a_planted_serious_problem()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}");
        await page.Page.EvaluateAsync("() => { const b = document.createElement('button'); document.getElementById('app-view').append(b); const i = document.createElement('img'); i.src = 'vendor/nhsuk/images/favicon.svg'; document.getElementById('app-view').append(i); }");
        await Axe.InjectAsync(page);
        var found = (await page.RunScriptAsync("axe-run.js")).EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.Contains(found, v => v.StartsWith("button-name", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("image-alt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_taken_out_of_the_tab_order_is_found_unreachable()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}&view=downloads");
        await page.Page.EvaluateAsync("() => { const a = document.createElement('a'); a.href = '#x'; a.tabIndex = -1; a.textContent = 'hidden from Tab'; document.getElementById('app-view').append(a); }");
        var controls = (await page.RunScriptAsync("focusables.js")).EnumerateArray().Select(c => c.GetString()!).ToList();
        var reached = new HashSet<string>();
        for (var i = 0; i < controls.Count + 10; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            if (await page.Page.EvaluateAsync<string?>("() => document.activeElement.dataset ? document.activeElement.dataset.kb ?? null : null") is { } id) { reached.Add(id); }
        }
        var missed = controls.Where((_, i) => !reached.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(["a# hidden from Tab"], missed);
    }

    [Fact]
    public async Task A_request_outside_loopback_is_caught_and_refused()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}");
        Assert.Empty(page.External);
        // The page's own Content-Security-Policy stops it first, and says so in the console...
        await page.Page.EvaluateAsync("() => { const i = new Image(); i.src = 'https://assets.nhs.uk/fonts/FrutigerLTW01-55Roman.woff2'; document.body.append(i); }");
        await page.Page.WaitForTimeoutAsync(300);
        Assert.Contains(page.Errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
        // ...and what the policy cannot cover (a navigation) is caught by the test's own interception.
        await Assert.ThrowsAnyAsync<Microsoft.Playwright.PlaywrightException>(() => page.Page.GotoAsync("https://assets.nhs.uk/"));
        Assert.Contains(page.External, u => u.StartsWith("https://assets.nhs.uk/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_request_of_a_full_visit_stays_on_the_site()
    {
        await using var page = await site.OpenAsync($"#area={site.PcnCode}");
        foreach (var view in ViewTests.Views) { await page.GoAsync($"#area={site.PcnCode}&view={view}"); }
        Assert.NotEmpty(page.Requested);
        Assert.All(page.Requested, u => Assert.StartsWith(site.Address.ToString(), u, StringComparison.Ordinal));
        Assert.Contains(page.Requested, u => u.EndsWith("vendor/plotly-basic.min.js", StringComparison.Ordinal));
        Assert.Contains(page.Requested, u => u.EndsWith("vendor/nhsuk/nhsuk-frontend.min.css", StringComparison.Ordinal));
        page.AssertClean();
    }
}
