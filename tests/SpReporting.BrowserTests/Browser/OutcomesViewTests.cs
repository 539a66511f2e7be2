using System.Text.Json;
using SpReporting.BrowserTests.Support;

namespace SpReporting.BrowserTests.Browser;

/// <summary>
/// The Outcomes view answers the GP-workload question where the decision is made: health (wellbeing, GP
/// and A&amp;E use) beside social outcomes, with how much of each is measured, the regression-to-the-mean
/// caveat next to the GP-use figures, and "not enough measured to judge" below 50% coverage.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class OutcomesViewTests(DashboardSite site)
{
    private string Code(string level) => level switch { "england" => site.EnglandCode, "region" => site.RegionCode, "icb" => site.IcbCode, _ => site.PcnCode };

    [Theory]
    [InlineData("england")]
    [InlineData("icb")]
    public async Task Gp_and_ae_use_are_drawn_beside_social_outcomes_with_coverage_and_tables_that_match(string level)
    {
        await using var page = await site.OpenAsync($"#area={Code(level)}&view=outcomes");

        var charts = await page.RunScriptAsync("chart-tables.js");
        var problems = charts.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // GP and A&E use: both traces drawn with published points (the sample has version 2 returns in both ICBs).
        var use = await Traces(page, "outcomes-gp-use");
        Assert.Equal(["GP consultations: change per person", "A&E attendances: change per person"], use.Select(t => t.Name));
        Assert.All(use, t => Assert.True(t.Numbers > 0, $"{t.Name} has no published point"));
        // GP use falls after support in the sample (people are referred at a peak): the drawn change is negative.
        Assert.True(use[0].Last < 0, $"GP change {use[0].Last}");

        // Coverage for each outcome, health and social side by side.
        var coverage = await Traces(page, "outcomes-coverage");
        Assert.Equal(
            ["Health: wellbeing measured before and after (%)", "Health: GP and A&E use measured (%)", "Social: social outcomes recorded where needed (%)"],
            coverage.Select(t => t.Name));
        Assert.All(coverage, t => Assert.True(t.Numbers > 0, $"{t.Name} has no published point"));
        page.AssertClean();
    }

    [Theory]
    [InlineData("england")]
    [InlineData("icb")]
    [InlineData("pcn")]
    public async Task The_caveat_sits_next_to_the_gp_use_figures_and_the_verdict_follows_coverage(string level)
    {
        await using var page = await site.OpenAsync($"#area={Code(level)}&view=outcomes");
        var next = await page.Page.EvaluateAsync<string>("() => document.getElementById('chart-outcomes-gp-use').nextElementSibling.id");
        Assert.Equal("outcomes-gp-use-caveat", next);
        var caveat = await page.Page.InnerTextAsync("#outcomes-gp-use-caveat");
        Assert.Contains("regression to the mean", caveat, StringComparison.Ordinal);
        Assert.Contains("overstates the effect", caveat, StringComparison.Ordinal);

        // The verdict from the GP-use coverage of the quarter shown (the last one), as the data table publishes it.
        var covered = await page.Page.EvaluateAsync<string>(
            "() => { const rows = [...document.querySelectorAll('#chart-outcomes-coverage tbody tr')]; return rows[rows.length - 1].cells[2].textContent.trim(); }");
        var early = (await page.Page.InnerTextAsync("#app-maturity")).Contains("Too early to judge", StringComparison.Ordinal);
        var verdict = await page.Page.GetAttributeAsync("#outcomes-gp-use-caveat", "data-verdict");
        var measured = double.TryParse(covered.TrimEnd('%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var pct) && pct >= 50;
        var expected = !measured ? "not enough measured to judge" : early ? "too early to judge" : "fair";
        Assert.Equal(expected, verdict);
        if (!measured) { Assert.Contains("Not enough measured to judge", caveat, StringComparison.Ordinal); }
        page.AssertClean();
    }

    private sealed record Trace(string Name, int Numbers, double? Last);

    private static async Task<List<Trace>> Traces(PageSession page, string chart)
    {
        var json = await page.Page.EvaluateAsync<JsonElement>(
            $"() => document.querySelector('#chart-{chart} .js-plotly-plot').data.map(t => ({{ name: t.name, y: t.y }}))");
        return json.EnumerateArray().Select(t =>
        {
            var ys = t.GetProperty("y").EnumerateArray().Where(y => y.ValueKind == JsonValueKind.Number).Select(y => y.GetDouble()).ToList();
            return new Trace(t.GetProperty("name").GetString()!, ys.Count, ys.Count > 0 ? ys[^1] : null);
        }).ToList();
    }
}
