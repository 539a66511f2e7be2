using System.IO.Compression;
using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.BrowserTests.Support;
using SpReporting.Metrics;
using SpReporting.Publishing;
using SpReporting.Spc;

namespace SpReporting.BrowserTests.Data;

/// <summary>The data files the publish step writes: what they hold, that disclosure control was applied, and their size.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardDataTests(DashboardSite site)
{
    private JsonElement Read(string relative) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Site.Directory, relative))).RootElement;

    [Fact]
    public void The_index_lists_every_area_of_the_tree_with_periods_legend_catalogue_and_downloads()
    {
        var index = Read("data/index.json");
        var tree = new AreaTree(site.Site.Rows.Input.Organisations);
        Assert.Equal(tree.All.Count, index.GetProperty("areas").GetArrayLength());
        Assert.Equal(site.Site.Rows.Months(), index.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).ToList());
        Assert.Equal(site.Site.Rows.To.ToString(), index.GetProperty("latest").GetString());
        Assert.Equal(Shorthand.Legend.Select(l => l.Code), index.GetProperty("legend").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        var wte = index.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == MetricIds.Wte);
        Assert.Equal("higher", wte.GetProperty("polarity").GetString());
        Assert.Equal("downloads/metrics.csv", index.GetProperty("downloads")[0].GetProperty("path").GetString());
        // Areas with sampled returns say so; the others are listed without them.
        var areas = index.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("returns").GetBoolean());
        Assert.True(areas[site.IcbCode]);
        Assert.False(areas[tree.Icbs.First(i => !DashboardSite.Icbs.Contains(i.Code)).Code]);
    }

    [Fact]
    public void Every_published_value_is_the_disclosure_controlled_one()
    {
        var (area, rows) = site.Site.Rows.ByArea().First(a => a.Area.Code == site.PcnCode);
        var file = Read($"data/areas/{site.PcnCode}.json");
        var suppressed = 0;
        foreach (var window in new[] { Window.Month, Window.Quarter, Window.R12 })
        {
            var w = file.GetProperty(window.ToCode());
            var periods = w.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).ToList();
            foreach (var metric in w.GetProperty("m").EnumerateObject())
            {
                var values = metric.Value.GetProperty("v").EnumerateArray().ToList();
                for (var i = 0; i < periods.Count; i++)
                {
                    var row = rows.Single(r => r.Window == window && r.Period == periods[i]);
                    var published = Disclosure.Apply(row.Find(metric.Name)!, area.Level);
                    var shown = values[i].ValueKind == JsonValueKind.Number ? values[i].GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) : values[i].GetString();
                    var expected = published.Note.Length > 0 ? published.Note : published.Text;
                    Assert.True(double.TryParse(expected, System.Globalization.CultureInfo.InvariantCulture, out var x) ? double.Parse(shown!, System.Globalization.CultureInfo.InvariantCulture) == x : shown == expected,
                        $"{metric.Name} {window.ToCode()} {periods[i]}: file {shown}, published {expected}");
                    if (shown == Shorthand.Confidential) { suppressed++; }
                    // No people count of 1 to 7 is ever shown below England.
                    if (MetricCatalog.Get(metric.Name).Kind == MetricKind.PeopleCount && values[i].ValueKind == JsonValueKind.Number)
                    {
                        Assert.False(values[i].GetDouble() is >= 1 and < 8, $"{metric.Name} shows {values[i].GetDouble()}");
                        Assert.Equal(0, values[i].GetDouble() % 5);
                    }
                }
            }
        }
        Assert.True(suppressed > 0, "a PCN's 24 months should include withheld values");
    }

    [Fact]
    public void SPC_limits_and_flags_are_XmR_of_the_published_monthly_series()
    {
        var file = Read($"data/areas/{site.IcbCode}.json");
        var month = file.GetProperty("month");
        foreach (var spc in file.GetProperty("spc").EnumerateObject())
        {
            var v = month.GetProperty("m").GetProperty(spc.Name).GetProperty("v").EnumerateArray().ToList();
            var points = v.Where(x => x.ValueKind == JsonValueKind.Number).Select(x => x.GetDouble()).ToArray();
            var target = spc.Value.TryGetProperty("target", out var t) ? t.GetDouble() : (double?)null;
            var result = XmR.Analyse(points, MetricCatalog.Get(spc.Name).Polarity, SpcOptions.Default, target);
            Assert.Equal(Math.Round(result.Limits!.Centre, 4), spc.Value.GetProperty("centre").GetDouble());
            Assert.Equal(Math.Round(result.Limits.Upper, 4), spc.Value.GetProperty("upper").GetDouble());
            Assert.Equal(Math.Round(result.Limits.Lower, 4), spc.Value.GetProperty("lower").GetDouble());
            var flags = spc.Value.GetProperty("var").EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).ToList();
            Assert.Equal(result.Points.Select(p => p.Variation.ToCode()), flags);
            Assert.Equal(result.VariationLabel, spc.Value.GetProperty("variationLabel").GetString());
        }
        Assert.True(file.GetProperty("spc").TryGetProperty(MetricIds.Wte, out var wte) && wte.TryGetProperty("target", out _), "WTE is assured against the ICB plan");
    }

    [Fact]
    public void Children_files_hold_each_child_of_a_parent_in_reference_order()
    {
        var children = Read($"data/children/{site.IcbCode}.json").GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        var expected = site.Site.Rows.Input.Organisations.PcnsInIcb(site.IcbCode).Select(p => p.PcnCode)
            .Where(c => File.Exists(Path.Combine(site.Site.Directory, "data", "areas", c + ".json"))).ToList();
        Assert.Equal(expected, children);
        Assert.Equal(["Y58", "Y60"], Read($"data/children/{site.EnglandCode}.json").GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Order());
    }

    [Fact]
    public void Files_are_within_their_size_budgets()
    {
        var england = Gzipped("data/index.json") + Gzipped($"data/areas/{site.EnglandCode}.json") + Gzipped($"data/children/{site.EnglandCode}.json");
        Assert.InRange(england, 1, 300 * 1024);
        foreach (var file in Directory.GetFiles(Path.Combine(site.Site.Directory, "data", "areas")))
        {
            Assert.InRange(Gzipped(Path.GetRelativePath(site.Site.Directory, file)), 1, 100 * 1024);
        }
    }

    [Fact]
    public void The_static_site_serves_plotly_and_the_nhs_stylesheet_itself_with_no_outside_addresses()
    {
        var css = File.ReadAllText(Path.Combine(site.Site.Directory, "vendor/nhsuk/nhsuk-frontend.min.css"));
        Assert.DoesNotContain("https://", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(/", css, StringComparison.Ordinal);
        Assert.Contains(".nhsuk-header", css, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Site.Directory, "vendor/plotly-basic.min.js")));
        foreach (var file in Directory.GetFiles(site.Site.Directory, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.Contains("/js/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(@"(src|href)=[""']https?://", text);
            Assert.DoesNotContain("fetch('http", text, StringComparison.Ordinal);
        }
    }

    private long Gzipped(string relative)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(Path.Combine(site.Site.Directory, relative)));
        }
        return output.Length;
    }
}
