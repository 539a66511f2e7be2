using System.Text;
using SpReporting.Reference;

namespace SpReporting.Tests.Reference;

public sealed class ReferenceDerivationTests
{
    [Fact]
    public void Derives_every_pcn_in_code_order_with_its_icb_and_region()
    {
        using var files = new ReferenceFiles().WriteAll();
        var list = ReferenceDerivation.Derive(ReferenceSources.Find(files.Directory));

        Assert.Equal(["U00001", "U00002", "U00003"], list.Select(o => o.PcnCode));
        var mon = list[1];
        Assert.Equal("MÔN, NORTH PCN", mon.PcnName);
        Assert.Equal(("36L", "NHS South West London ICB - 36L"), (mon.SubIcbCode, mon.SubIcbName));
        Assert.Equal(("QWE", "NHS South West London Integrated Care Board"), (mon.IcbCode, mon.IcbName));
        Assert.Equal(("Y56", "London"), (mon.RegionCode, mon.RegionName));
        Assert.Equal(new DateOnly(2019, 10, 1), mon.OpenDate);
        Assert.Null(mon.CloseDate);
        Assert.Equal(32169, mon.RegisteredPatients);
        Assert.Equal(10, mon.ImdDecile);
    }

    [Fact]
    public void Closed_pcns_keep_their_close_date_and_blank_figures_where_none_are_published()
    {
        using var files = new ReferenceFiles().WriteAll();
        var west = ReferenceDerivation.Derive(ReferenceSources.Find(files.Directory)).Single(o => o.PcnCode == "U00001");

        Assert.Equal(new DateOnly(2022, 3, 31), west.CloseDate);
        Assert.Equal(new DateOnly(2020, 4, 1), west.OpenDate);
        Assert.Equal("NHS Leicester, Leicestershire and Rutland Integrated Care Board", west.IcbName);
        Assert.Null(west.RegisteredPatients); // "NA" in the source
        Assert.Null(west.ImdDecile);
    }

    [Fact]
    public void A_retired_ccg_code_is_placed_by_postcode_district()
    {
        using var files = new ReferenceFiles().WriteAll();
        var old = ReferenceDerivation.Derive(ReferenceSources.Find(files.Directory)).Single(o => o.PcnCode == "U00003");

        Assert.Equal("36L", old.SubIcbCode);
        Assert.Equal("QWE", old.IcbCode);
        Assert.Equal("Y56", old.RegionCode);
    }

    [Fact]
    public void An_unplaceable_pcn_is_an_error_naming_it()
    {
        using var files = new ReferenceFiles().WriteAll();
        File.WriteAllText(Path.Combine(files.Directory, "ePCN_2023-01-26_PCNDetails.csv"),
            ReferenceFiles.PcnDetails.Replace("SW179ZZ", "ZZ9 9ZZ", StringComparison.Ordinal));

        var e = Assert.Throws<InvalidDataException>(() => ReferenceDerivation.Derive(ReferenceSources.Find(files.Directory)));
        Assert.Contains("U00003", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_list_reads_back_identically_through_the_registry()
    {
        using var files = new ReferenceFiles().WriteAll();
        var list = ReferenceDerivation.Derive(ReferenceSources.Find(files.Directory));
        var text = new StringWriter();
        OrganisationCsv.Write(list, text);

        Assert.StartsWith(
            "pcn_code,pcn_name,sub_icb_code,sub_icb_name,icb_code,icb_name,region_code,region_name,open_date,close_date,registered_patients,imd_decile\n",
            text.ToString(), StringComparison.Ordinal);
        Assert.Contains("U00001,WEST PCN,04C,\"NHS Leicester, Leicestershire and Rutland ICB - 04C\",", text.ToString(), StringComparison.Ordinal);
        Assert.Contains(",2020-04-01,2022-03-31,,\n", text.ToString(), StringComparison.Ordinal);

        var back = OrganisationRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(list, back.Pcns);
    }

    [Fact]
    public void Windows_1252_is_detected_and_a_byte_order_mark_dropped()
    {
        var cp1252 = Encoding.GetEncoding(1252).GetBytes("name\r\nYnys Môn £5\r\n");
        var bom = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name\nYnys Môn £5\n")];

        Assert.Equal("name\r\nYnys Môn £5\r\n", NhsCsv.Decode(cp1252));
        Assert.Equal("name\nYnys Môn £5\n", NhsCsv.Decode(bom));
        var table = NhsCsv.Parse(NhsCsv.Decode(cp1252));
        Assert.Equal("Ynys Môn £5", table.Rows.Single()[table.Column("NAME")]);
    }

    [Fact]
    public void Reader_accepts_quoted_newlines_ragged_rows_and_loose_header_names()
    {
        var table = NhsCsv.Parse("PCN Code,Note\r\n\"U1\",\"two\r\nlines, \"\"quoted\"\"\"\r\nU2\r\n");

        Assert.Equal(0, table.Column("pcn_code"));
        Assert.Equal("two\r\nlines, \"quoted\"", NhsCsvTable.Cell(table.Rows[0], table.Column("note")));
        Assert.Equal("", NhsCsvTable.Cell(table.Rows[1], table.Column("note")));
    }

    [Fact]
    public void A_missing_column_names_the_file_and_column()
    {
        var table = NhsCsv.Parse("pcn_code,other\nU1,2\n");
        var e = Assert.Throws<InvalidDataException>(() => table.RequireColumn("reg_popn", "registered patients file"));
        Assert.Contains("reg_popn", e.Message, StringComparison.Ordinal);
    }
}
