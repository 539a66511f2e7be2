using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;
using SpReporting.Packs.Rendering;

namespace SpReporting.Tests.Packs;

/// <summary>Every pack built from the sampled ICBs passes the checker; so does the same pack written by ClosedXML.</summary>
[Collection(SampledPacksCollection.Name)]
public sealed class SampledPackTests(SampledPacks packs)
{
    [Fact]
    public void One_pack_per_sampled_ICB_and_one_for_England_are_written()
    {
        Assert.Equal(["E92000001", .. SampledPacks.Icbs], packs.Packs.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.All(packs.Packs.Values, p => Assert.True(new FileInfo(p.Path).Length > 10_000, p.Path));
        Assert.True(File.Exists(Path.Combine(packs.Folder, "splw-pack-QOC-2024-09.xlsx")));
        Assert.True(File.Exists(Path.Combine(packs.Folder, "splw-pack-england-2024-09.xlsx")));
    }

    [Theory]
    [InlineData("QOC")]
    [InlineData("QSL")]
    [InlineData("E92000001")]
    public void Pack_passes_the_checker(string scope)
    {
        var (path, input) = packs.Packs[scope];
        Assert.Empty(PackChecker.Check(path, input.Narratives.Select(n => n.Text)));
    }

    [Fact]
    public void Hostile_narratives_stay_text_verbatim_with_a_quote_prefix()
    {
        var (path, _) = packs.Packs["QOC"];
        var shown = PackTableReader.Read(path, "Narratives").Select(r => r["Narrative"]).ToList();
        foreach (var text in SampledPacks.Hostile.Select(t => t.ReplaceLineEndings("\n")))
        {
            var cell = Assert.Single(shown, c => c.Text == text);
            Assert.False(cell.HasFormula);
            Assert.False(cell.IsNumber);
        }
    }

    [Fact]
    public async Task The_same_document_written_by_ClosedXML_passes_the_checker_too()
    {
        var (_, input) = packs.Packs["QSL"];
        var path = Path.Combine(packs.Folder, "closedxml-QSL.xlsx");
        await using (var file = File.Create(path))
        {
            await PackWriter.WriteAsync(input with { MonthlyRows = input.MonthlyRows.ToList() }, file, new ClosedXmlRenderer());
        }
        Assert.Empty(PackChecker.Check(path, input.Narratives.Select(n => n.Text)));
    }

    [Fact]
    public void Sample_has_the_variety_the_checks_need()
    {
        var s = packs.Sample;
        Assert.Contains(s.Returns, r => r.State == ReturnState.Late);
        Assert.Contains(s.Returns, r => r.State == ReturnState.Missing);
        Assert.NotEmpty(s.Narratives);
        // Small counts exist below England, so the checker's 1-7 rule has something to find were disclosure control missing.
        var people = MetricCatalog.All.Select((d, i) => (d, i)).Where(x => x.d.Kind == MetricKind.PeopleCount).Select(x => x.i).ToArray();
        Assert.Contains(s.Rows, r => r.Area.Level == Level.Pcn && people.Any(i => r.Values[i].Value is >= 1 and <= 7));
    }
}
