using System.IO.Compression;
using System.Text;
using SpReporting.Reading;
using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>Whatever arrives, the validator answers with findings and never throws.</summary>
public class MalformedInputTests
{
    [Fact]
    public void An_empty_file_is_FIL001() => AssertOnly(Validate.Bytes([], "return.xlsx"), "FIL001");

    [Fact]
    public void Binary_junk_is_FIL001()
    {
        var junk = new byte[5000];
        new Random(7).NextBytes(junk);
        AssertOnly(Validate.Bytes(junk, "return.zip"), "FIL001");
    }

    [Fact]
    public void A_text_file_renamed_xlsx_is_FIL001() =>
        AssertOnly(Validate.Bytes("pcn_code,period\nU00070,2024-03\n"u8.ToArray(), "return.xlsx"), "FIL001");

    [Fact]
    public void Another_extension_is_FIL001() =>
        // Refused with the path, before the content is read (docs/validation.md, "Upload paths").
        Assert.Equal("FIL001", SpReporting.Returns.UploadPath.Check($"pcn/{ReturnBuilder.Pcn}/{ReturnBuilder.Period}/return.csv").Problem?.Code);

    [Fact]
    public void A_truncated_zip_is_FIL001()
    {
        var zip = ReturnBuilder.Valid().ToZip();
        AssertOnly(Validate.Bytes(zip[..(zip.Length / 2)], "return.zip"), "FIL001");
    }

    [Fact]
    public void A_truncated_xlsx_is_FIL001()
    {
        var xlsx = ReturnBuilder.Valid().ToXlsx();
        AssertOnly(Validate.Bytes(xlsx[..(xlsx.Length - 200)], "return.xlsx"), "FIL001");
    }

    [Fact]
    public void A_zip_without_csv_files_is_FIL001()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            w.Write("hello");
        }
        AssertOnly(Validate.Bytes(ms.ToArray(), "return.zip"), "FIL001");
    }

    [Fact]
    public void A_utf16_csv_without_a_byte_order_mark_is_FIL001() =>
        AssertOnly(Validate.Bytes(ReturnBuilder.Valid().ToZip(new UnicodeEncoding(bigEndian: false, byteOrderMark: false)), "return.zip"), "FIL001");

    [Fact]
    public void A_csv_cell_holding_nul_characters_is_FIL001_at_its_row()
    {
        var o = Validate.Zip(ReturnBuilder.Valid().Set("Referrals", 2, "social_outcomes", "943\0476\05919"));
        var f = Assert.Single(o.Findings.Shown);
        Assert.Equal(("FIL001", "Referrals", 3), (f.Code, f.Sheet, f.Row));
    }

    /// <summary>Which of two Referrals sheets is the return is not for the reader to guess.</summary>
    [Theory]
    [InlineData("old/referrals.csv")]
    [InlineData("REFERRALS.csv")]
    [InlineData("referrals .csv")]
    public void A_zip_with_two_csv_files_for_one_sheet_is_not_accepted(string second)
    {
        var zip = ReadingLimitTests.ReplacePart(ReturnBuilder.Valid().ToZip(), "referrals.csv", csv => csv);
        using (var ms = new MemoryStream())
        {
            ms.Write(zip);
            using (var archive = new ZipArchive(ms, ZipArchiveMode.Update, true))
            {
                using var w = new StreamWriter(archive.CreateEntry(second).Open(), new UTF8Encoding(false));
                w.Write("referral_id\r\n");
            }
            zip = ms.ToArray();
        }
        var o = Validate.Bytes(zip, "return.zip");
        Assert.False(o.Accepted, Validate.Describe(o));
        Assert.Contains(o.Findings.Shown, f => f.Code == "FIL001" && f.Sheet == "Referrals");
    }

    [Fact]
    public void A_zip_of_csv_renamed_xlsx_is_FIL001() =>
        AssertOnly(Validate.Bytes(ReturnBuilder.Valid().ToZip(), "return.xlsx"), "FIL001");

    [Fact]
    public void A_zip_bomb_is_FIL002_before_it_is_inflated()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            using var s = zip.CreateEntry("referrals.csv", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++) { s.Write(zeros); }
        }
        Assert.True(ms.Length < 1 << 20);
        AssertOnly(Validate.Bytes(ms.ToArray(), "return.zip"), "FIL002");
    }

    [Fact]
    public void An_upload_over_the_size_limit_is_FIL002()
    {
        var big = new byte[(20 << 20) + 1];
        AssertOnly(Validate.Bytes(big, "return.zip"), "FIL002");
    }

    [Fact]
    public void Expansion_beyond_the_limit_is_FIL002_even_when_each_ratio_is_modest()
    {
        var b = ReturnBuilder.Valid();
        var o = Validate.Bytes(b.ToZip(), "return.zip", configure: c => c with { Limits = ReadLimits.Default with { MaxExpandedBytes = 500 } });
        AssertOnly(o, "FIL002");
    }

    [Fact]
    public void A_60000_row_sheet_is_FIL005_in_both_formats()
    {
        var b = ReturnBuilder.Valid();
        for (var i = 0; i < 60_000; i++)
        {
            b.AddRow("Referrals", $"Z{i}", "2024-03-05", "GP", "LONELINESS", "18-24", "MALE", "WHITE", "", "", "OPEN", "", "", "NONE", "", "", "");
        }
        var zip = Validate.Zip(b);
        Assert.Contains(zip.Findings.Shown, f => f.Code == "FIL005" && f.Sheet == "Referrals");
        Assert.False(zip.Accepted);
        var xlsx = Validate.Xlsx(b);
        Assert.Contains(xlsx.Findings.Shown, f => f.Code == "FIL005" && f.Sheet == "Referrals");
    }

    [Fact]
    public void An_xlsx_with_a_dtd_is_refused_not_resolved()
    {
        var xlsx = ReturnBuilder.Valid().ToXlsx();
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            zip.GetEntry("xl/workbook.xml")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            w.Write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>");
        }
        AssertOnly(Validate.Bytes(ms.ToArray(), "return.xlsx"), "FIL001");
    }

    private static void AssertOnly(ValidationOutcome o, string code)
    {
        Assert.False(o.Accepted);
        var f = Assert.Single(o.Findings.Shown);
        Assert.Equal(code, f.Code);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.False(string.IsNullOrWhiteSpace(f.Message));
    }
}
