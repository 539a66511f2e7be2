using SpReporting.BrowserTests.Support;

namespace SpReporting.BrowserTests.Browser;

/// <summary>What the charts say must be what they show: both outcome series visible, the SPC sentence about the chosen month.</summary>
[Collection(DashboardCollection.Name)]
public sealed class JudgementViewTests(DashboardSite site)
{
    /// <summary>
    /// Every bar of both series of the outcomes chart is painted: a solid fill, or a pattern whose background is a
    /// visible colour (a white hatch on nothing is invisible on a white page), and so is each legend swatch.
    /// </summary>
    private const string PaintedBars = """
        () => {
          const plot = document.querySelector('#chart-outcomes-side-by-side .js-plotly-plot');
          const visible = (fill) => {
            if (!fill || fill === 'none' || fill === 'transparent') return false;
            const url = /url\("?#([^")]+)"?\)/.exec(fill);
            if (!url) return !/^(#fff(fff)?|rgb\(255, 255, 255\)|rgba\(.*, 0\))$/i.test(fill);
            const pattern = document.getElementById(url[1]);
            return !!pattern && [...pattern.querySelectorAll('rect')].some((r) => visible(r.style.fill || r.getAttribute('fill')));
          };
          const traces = [...plot.querySelectorAll('.barlayer .trace')];
          const bars = traces.map((t) => [...t.querySelectorAll('path')].filter((p) => (p.getAttribute('d') || '').length > 2));
          const swatches = [...plot.querySelectorAll('.legend .traces .legendpoints path')];
          return {
            traces: traces.length,
            bars: bars.map((b) => b.length),
            painted: bars.map((b) => b.filter((p) => visible(p.style.fill)).length),
            swatches: swatches.map((s) => visible(s.style.fill)),
          };
        }
        """;

    [Fact]
    public async Task The_outcomes_chart_draws_both_series_visibly()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}&view=outcomes");

        var result = await page.Page.EvaluateAsync<System.Text.Json.JsonElement>(PaintedBars);

        Assert.Equal(2, result.GetProperty("traces").GetInt32());
        var bars = result.GetProperty("bars").EnumerateArray().Select(b => b.GetInt32()).ToList();
        var painted = result.GetProperty("painted").EnumerateArray().Select(b => b.GetInt32()).ToList();
        Assert.All(bars, b => Assert.True(b > 0, "a series has no bars"));
        Assert.Equal(bars, painted);
        Assert.All(result.GetProperty("swatches").EnumerateArray(), s => Assert.True(s.GetBoolean(), "a legend swatch is blank"));
        page.AssertClean();
    }

    [Fact]
    public async Task The_SPC_sentence_describes_the_chosen_month_not_the_latest()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}&view=spc&period=2024-03");

        var summary = await page.Page.InnerTextAsync("#chart-spc-ref_received .app-chart__summary");

        Assert.Contains("in March 2024", summary, StringComparison.Ordinal);
        Assert.Contains("March 2024 shows", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("September 2025", summary, StringComparison.Ordinal);
        page.AssertClean();
    }

    [Fact]
    public async Task A_site_made_from_sample_data_says_so_on_every_page()
    {
        await using var page = await site.OpenAsync($"#area={site.PcnCode}&view=workforce");

        var banner = page.Page.Locator("#app-synthetic");
        Assert.True(await banner.IsVisibleAsync(), "no synthetic data banner");
        Assert.Contains("Synthetic data.", await banner.InnerTextAsync(), StringComparison.Ordinal);
        page.AssertClean();
    }

    [Fact]
    public async Task A_comparison_with_an_England_of_two_ICBs_carries_a_completeness_caveat()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}&view=overview");

        var text = await page.Page.InnerTextAsync("#app-view");

        Assert.Contains("England rests on", text, StringComparison.Ordinal);
        Assert.Contains("compare with care", text, StringComparison.Ordinal);
        page.AssertClean();
    }

    [Fact]
    public async Task Quarters_read_as_financial_quarters_with_their_months()
    {
        await using var page = await site.OpenAsync($"#area={site.IcbCode}&view=workforce");

        var heads = await page.Page.Locator("#chart-workforce-plan tbody th").AllTextContentsAsync();
        var summary = await page.Page.InnerTextAsync("#chart-workforce-plan .app-chart__summary");

        Assert.Contains("Q2 2025-26 (Jul–Sep 2025)", heads);
        Assert.DoesNotContain(heads, h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^\d{4}-Q\d$"));
        Assert.Contains("Q2 2025-26 (Jul–Sep 2025)", summary, StringComparison.Ordinal);
        page.AssertClean();
    }
}
