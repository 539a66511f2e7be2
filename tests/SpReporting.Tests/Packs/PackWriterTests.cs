using System.Collections;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;
using SpReporting.Publishing;

namespace SpReporting.Tests.Packs;

/// <summary>The writer on hand-made rows: disclosure control, empty tables, streaming, and names.</summary>
public sealed class PackWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spr-pack-unit-").FullName;

    private string Write(PackInput input, string name = "pack.xlsx")
    {
        var path = Path.Combine(_folder, name);
        using var file = File.Create(path);
        PackWriter.Write(input, file);
        return path;
    }

    private static MetricValue[] Received(AreaNode area, double n) => [new MetricValue(MetricIds.Received, n) { People = n }];

    [Fact]
    public void A_count_of_5_people_is_withheld_for_a_PCN_and_ICB_but_shown_for_England()
    {
        var path = Write(CraftedRows.Input(a => Received(a, 5)));
        var rows = PackTableReader.Read(path, "Referrals").Where(r => r["Window"].Text == "Month").ToDictionary(r => r["Area code"].Text);
        Assert.Equal(Shorthand.Confidential, rows["U00001"]["Referrals received (referrals)"].Text);
        Assert.Equal(Shorthand.Confidential, rows["QXX"]["Referrals received (referrals)"].Text);
        Assert.Equal("5", rows["E92000001"]["Referrals received (referrals)"].Text);
        Assert.True(rows["E92000001"]["Referrals received (referrals)"].IsNumber);
        Assert.Empty(PackChecker.Check(path));
    }

    [Fact]
    public void A_count_of_23_is_rounded_to_25_below_England()
    {
        var path = Write(CraftedRows.Input(a => Received(a, 23)));
        var rows = PackTableReader.Read(path, "Monthly_series").ToDictionary(r => r["Area code"].Text);
        Assert.Equal("25", rows["U00001"]["Referrals received (referrals)"].Text);
        Assert.Equal("23", rows["E92000001"]["Referrals received (referrals)"].Text);
    }

    [Fact]
    public void With_no_narratives_the_table_has_one_row_of_shorthand()
    {
        var path = Write(CraftedRows.Input(a => Received(a, 40)));
        var row = Assert.Single(PackTableReader.Read(path, "Narratives"));
        Assert.All(row.Values, c => Assert.Equal(Shorthand.NotAvailable, c.Text));
        Assert.Empty(PackChecker.Check(path));
    }

    [Fact]
    public void Monthly_rows_are_read_once_as_the_sheet_is_written()
    {
        var once = new OnceOnly(CraftedRows.Input(a => Received(a, 40)).HeadlineRows.Where(r => r.Window == Window.Month).ToList());
        var path = Write(CraftedRows.Input(a => Received(a, 40), monthly: once));
        Assert.Equal(1, once.Enumerations);
        Assert.Equal(3, PackTableReader.Read(path, "Monthly_series").Count);
    }

    [Fact]
    public void Narrative_text_XML_cannot_hold_is_replaced_and_the_pack_still_opens()
    {
        var narrative = new IcbNarrative("QXX", "NHS Example Integrated Care Board", CraftedRows.Period.Quarter, "Bell\u0007 and\u0000null");
        var path = Write(CraftedRows.Input(a => Received(a, 40), narratives: [narrative]));
        Assert.Equal("Bell  and null", PackTableReader.Read(path, "Narratives").Single()["Narrative"].Text);
        Assert.Empty(PackChecker.Check(path));
    }

    [Theory]
    [InlineData(Level.Icb, "QWE", "splw-pack-QWE-2024-03.xlsx")]
    [InlineData(Level.England, "E92000001", "splw-pack-england-2024-03.xlsx")]
    [InlineData(Level.Icb, "../Q1", "splw-pack-Q1-2024-03.xlsx")]
    public void Pack_names_follow_the_exports_convention(Level level, string code, string expected) =>
        Assert.Equal(expected, PackNames.For(new AreaNode(level, code, "x", null, []), CraftedRows.Period));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class OnceOnly(IReadOnlyList<AggregateRow> rows) : IEnumerable<AggregateRow>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<AggregateRow> GetEnumerator()
        {
            Enumerations++;
            return rows.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
