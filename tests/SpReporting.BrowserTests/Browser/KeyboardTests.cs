using SpReporting.BrowserTests.Support;

namespace SpReporting.BrowserTests.Browser;

/// <summary>Tab alone reaches every control (links, selects, inputs, buttons, data table toggles) on each view.</summary>
[Collection(DashboardCollection.Name)]
public sealed class KeyboardTests(DashboardSite site)
{
    private static readonly string[] ViewTitles = ["Overview", "Trends (SPC)", "Referral reasons", "Maturity", "Review readiness", "Implementation", "Outcomes", "Equity", "Workforce", "Data quality", "Downloads"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var level in new[] { "england", "icb", "pcn" })
        {
            foreach (var view in ViewTests.Views) { data.Add(level, view); }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Tab_reaches_every_control(string level, string view)
    {
        var code = level switch { "england" => site.EnglandCode, "icb" => site.IcbCode, _ => site.PcnCode };
        await using var page = await site.OpenAsync($"#area={code}&view={view}");
        var controls = (await page.RunScriptAsync("focusables.js")).EnumerateArray().Select(c => c.GetString()!).ToList();
        // The list is the page's own: check it holds the controls every view has, so an empty list cannot pass.
        foreach (var id in new[] { "#pick-region", "#pick-icb", "#pick-pcn", "#pick-period", "#pick-show", "#area-search" })
        {
            Assert.Contains(controls, c => c.Contains(id + " ", StringComparison.Ordinal) || c.EndsWith(id, StringComparison.Ordinal));
        }
        Assert.Equal(ViewTests.Views.Length, controls.Count(c => c.StartsWith("a# ", StringComparison.Ordinal) && ViewTitles.Any(t => c.EndsWith(t, StringComparison.Ordinal))));

        var reached = new HashSet<string>();
        await page.Page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        for (var i = 0; i < controls.Count + 20; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var id = await page.Page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.kb ?? null : null");
            if (id is not null) { reached.Add(id); }
        }
        var missed = controls.Where((_, i) => !reached.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(missed.Count == 0, "Not reached by Tab:\n" + string.Join("\n", missed));
        page.AssertClean();
    }
}
