using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;
using SpReporting.Publishing;

namespace SpReporting.Tests.Packs;

/// <summary>What the sampled packs say: the published figures of the aggregates, and the returns as they arrived.</summary>
[Collection(SampledPacksCollection.Name)]
public sealed class SampledPackContentTests(SampledPacks packs)
{
    [Fact]
    public void Headline_shows_every_measure_of_the_ICB_as_published_with_Englands_value()
    {
        var (path, input) = packs.Packs["QSL"];
        var rows = PackTableReader.Read(path, "Headline");
        Assert.Equal(MetricCatalog.All.Count - 2, rows.Count);
        Assert.All(rows, r => Assert.Equal("QSL", r["Area code"].Text));
        var icb = input.HeadlineRows.Single(r => r.Area.Code == "QSL" && r.Window == Window.Month);
        var england = input.HeadlineRows.Single(r => r.Area.Level == Level.England && r.Window == Window.Month);
        var received = rows.Single(r => r["Metric ID"].Text == MetricIds.Received);
        Assert.Equal(Disclosure.Apply(icb.Find(MetricIds.Received)!, Level.Icb).Text, received["Value"].Text);
        Assert.Equal(0, double.Parse(received["Value"].Text, System.Globalization.CultureInfo.InvariantCulture) % 5);
        Assert.Equal(england.Find(MetricIds.Received)!.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), received["England value"].Text);
        var wte = rows.Single(r => r["Metric ID"].Text == MetricIds.Wte);
        Assert.NotEqual(Shorthand.NotApplicable, wte["SPC variation"].Text);
        Assert.Contains(wte["Too early to judge"].Text, new[] { "Yes", "No" });
    }

    [Fact]
    public void Data_quality_counts_each_PCNs_late_and_missing_returns_over_twelve_months()
    {
        var (path, input) = packs.Packs["QOC"];
        var rows = PackTableReader.Read(path, "Data_quality");
        var first = input.Period.AddMonths(-11);
        var expected = input.Returns.Where(r => r.Month >= first).GroupBy(r => r.PcnCode).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Keys.Order(), rows.Select(r => r["PCN code"].Text).Order());
        foreach (var row in rows)
        {
            var statuses = expected[row["PCN code"].Text];
            Assert.Equal(statuses.Count.ToString(), row["Returns expected"].Text);
            Assert.Equal(statuses.Count(s => s.State == ReturnState.Late).ToString(), row["Returns late"].Text);
            var missing = statuses.Where(s => s.State == ReturnState.Missing).Select(s => s.Month.ToString()).ToList();
            Assert.Equal(missing.Count.ToString(), row["Returns missing"].Text);
            Assert.Equal(missing.Count == 0 ? "None" : string.Join(", ", missing), row["Months missing"].Text);
        }
        Assert.Contains(rows, r => r["Returns late"].Text != "0");
    }

    [Fact]
    public void Small_counts_are_withheld_below_England_in_the_England_pack()
    {
        var (path, _) = packs.Packs["E92000001"];
        var rows = PackTableReader.Read(path, "Equity");
        var counts = rows.SelectMany(r => r.Where(c => c.Key.StartsWith("Referrals: ", StringComparison.Ordinal)).Select(c => (Level: r["Level"].Text, c.Value))).ToList();
        Assert.Contains(counts, c => c.Level == "PCN" && c.Value.Text == Shorthand.Confidential);
        Assert.All(counts.Where(c => c.Level != "England" && c.Value.IsNumber), c => Assert.Equal(0, double.Parse(c.Value.Text, System.Globalization.CultureInfo.InvariantCulture) % 5));
        Assert.DoesNotContain(counts, c => c.Level == "England" && c.Value.Text == Shorthand.Confidential);
    }

    [Fact]
    public void Monthly_series_has_every_month_of_every_listed_area()
    {
        var (path, input) = packs.Packs["QOC"];
        var rows = PackTableReader.Read(path, "Monthly_series");
        var areas = input.HeadlineRows.Select(r => r.Area.Code).Distinct().ToList();
        Assert.Equal(areas.Order(), rows.Select(r => r["Area code"].Text).Distinct().Order());
        Assert.All(rows.GroupBy(r => r["Area code"].Text), g => Assert.Equal(SampledPacks.Options.Months, g.Count()));
    }

    [Fact]
    public void Cover_carries_title_contact_dates_and_the_shorthand_legend()
    {
        var (path, input) = packs.Packs["QOC"];
        var text = new List<string>();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
            PackSheetReader.Read((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!.Value!), [],
                (_, cells) => text.AddRange(cells.Select(c => c.Text)), _ => { }, (_, _) => { });
            Assert.Equal(input.Title, document.PackageProperties.Title);
            Assert.Equal("en-GB", document.PackageProperties.Language);
        }
        Assert.Equal(input.Title, text[0]);
        Assert.Contains(input.Contact, text);
        Assert.Contains("24 October 2024", text);
        Assert.Contains("21 November 2024", text);
        Assert.Contains("Too early to judge", text);
        Assert.All(Shorthand.Legend, s => Assert.Contains(text, t => t.StartsWith(s.Code + " ", StringComparison.Ordinal)));
    }
}
