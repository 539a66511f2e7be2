using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using SpReporting.Receipts;
using SpReporting.Returns;
using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>
/// Personal data wherever the submitter controls text (headers, sheet names, names inside the zip, the
/// upload path, cells beyond the last column, formulas' text) is found, and never shown in a receipt.
/// </summary>
public class PersonalDataLeakTests
{
    // The NHS's own published test number: it passes the modulus-11 check.
    private const string Number = "9434765919";

    [Theory]
    [InlineData("return.zip")]
    [InlineData("return.xlsx")]
    public void An_nhs_number_in_a_header_is_PII001_and_the_column_is_named_by_its_letter(string file)
    {
        var b = ReturnBuilder.Valid().AddColumn("Referrals", "943 476 5919", "x");
        var o = Bytes(b, file);
        var f = Assert.Single(o.Findings.Shown, x => x.Code == "PII001");
        Assert.Equal(("Referrals", 1, "Q"), (f.Sheet, f.Row, f.Column));
        AssertNotShown(o, file);
    }

    [Theory]
    [InlineData("return.zip")]
    [InlineData("return.xlsx")]
    public void An_nhs_number_as_a_sheet_name_is_PII001_and_the_sheet_is_named_by_its_position(string file)
    {
        var b = ReturnBuilder.Valid().Sheet("943 476 5919", ["note"], ["x"]);
        var o = Bytes(b, file);
        var f = Assert.Single(o.Findings.Shown, x => x.Code == "PII001");
        Assert.Equal("sheet 5", f.Sheet);
        Assert.False(o.Accepted);
        AssertNotShown(o, file);
    }

    [Fact]
    public void An_nhs_number_in_the_name_of_any_file_in_the_zip_is_PII001()
    {
        var zip = AddEntry(ReturnBuilder.Valid().ToZip(), "notes for 943-476-5919.txt", "x");
        var o = Validate.Bytes(zip, "return.zip");
        Assert.Contains(o.Findings.Shown, f => f.Code == "PII001" && f.Sheet is null);
        Assert.False(o.Accepted);
        AssertNotShown(o, "return.zip");
    }

    [Theory]
    [InlineData("pcn/9434765919/2024-03/return.zip")]
    [InlineData("pcn/U00070/9434765919/return.zip")]
    [InlineData("pcn/U00070/2024-03/943 476 5919.zip")]
    [InlineData("pcn/U00070/2024-03/LS1 4AP.zip")]
    public void Personal_data_in_the_upload_path_is_refused_and_withheld_everywhere(string path)
    {
        // Refused by the one path check before anything is validated, written or logged; the refusal
        // and the withheld form a receipt for an unrecognised upload would carry repeat none of it.
        var check = UploadPath.Check(path);
        Assert.Null(check.Path);
        foreach (var shown in new[] { check.Problem!.Message, PersonalData.WithholdSegments(path) })
        {
            Assert.DoesNotContain("5919", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("4AP", shown, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("return.zip")]
    [InlineData("return.xlsx")]
    public void An_nhs_number_beyond_column_200_is_still_found(string file)
    {
        var header = new string[205];
        var row = new string[205];
        Array.Fill(header, "");
        Array.Fill(row, "");
        header[0] = "note";
        row[0] = "x";
        row[202] = Number;
        var o = Bytes(ReturnBuilder.Valid().Sheet("Notes", header, row), file);
        var f = Assert.Single(o.Findings.Shown, x => x.Code == "PII001");
        Assert.Equal(("NOTES", 2, "GU"), (f.Sheet?.ToUpperInvariant(), f.Row, f.Column));
        AssertNotShown(o, file);
    }

    [Fact]
    public void An_nhs_number_in_a_formula_without_a_cached_value_is_found()
    {
        var xlsx = ReturnBuilder.Valid().ToXlsx();
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var wb = new XLWorkbook(ms))
        {
            wb.Worksheet("Referrals").Cell(2, 20).FormulaA1 = "IF(A2=\"x\",\"943 476 5919\",\"\")";
            wb.Save();
        }
        var bytes = StripCachedValues(ms.ToArray());
        var o = Validate.Bytes(bytes, "return.xlsx");
        var f = Assert.Single(o.Findings.Shown, x => x.Code == "PII001");
        Assert.Equal(("Referrals", 2, "T"), (f.Sheet, f.Row, f.Column));
        AssertNotShown(o, "return.xlsx");
    }

    /// <summary>A cell comment, a defined name or the document's title is text the submitter wrote and the upload keeps.</summary>
    [Theory]
    [InlineData("xl/comments1.xml", "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><commentList><comment ref=\"B2\"><text><t>Patient 943 476 5919, see notes</t></text></comment></commentList></comments>")]
    [InlineData("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Referrals for 943 476 5919</dc:title></cp:coreProperties>")]
    [InlineData("xl/workbook.xml", "<definedNames><definedName name=\"patient\">\"943 476 5919\"</definedName></definedNames>")]
    public void An_nhs_number_in_a_workbook_part_outside_the_sheets_is_found(string part, string xml)
    {
        var xlsx = ReturnBuilder.Valid().ToXlsx();
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            string? existing = null;
            if (zip.GetEntry(part) is { } entry)
            {
                using (var r = new StreamReader(entry.Open())) { existing = r.ReadToEnd(); }
                entry.Delete();
            }
            using var w = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            // A defined name goes inside the workbook part; the other parts are written whole.
            w.Write(existing is null || !part.EndsWith("workbook.xml", StringComparison.Ordinal)
                ? xml
                : System.Text.RegularExpressions.Regex.Replace(existing, @"</(\w+:)?workbook>", m => xml + m.Value));
        }
        var o = Validate.Bytes(ms.ToArray(), "return.xlsx");
        Assert.False(o.Accepted, Validate.Describe(o));
        Assert.Contains(o.Findings.Shown, x => x.Code == "PII001");
        AssertNotShown(o, "return.xlsx");
    }

    /// <summary>Excel writes every cell inside a row; one outside any row is neither read as data nor dropped unseen.</summary>
    [Fact]
    public void A_cell_written_outside_any_row_is_not_accepted()
    {
        var xlsx = ReadingLimitTests.ReplacePart(ReturnBuilder.Valid().ToXlsx(), "xl/worksheets/sheet3.xml",
            xml => new System.Text.RegularExpressions.Regex(@"<(\w+:)?sheetData>").Replace(xml,
                m => m.Value + $"<{m.Groups[1].Value}c r=\"B2\" t=\"inlineStr\"><{m.Groups[1].Value}is><{m.Groups[1].Value}t>Patient 943 476 5919</{m.Groups[1].Value}t></{m.Groups[1].Value}is></{m.Groups[1].Value}c>", 1));
        var o = Validate.Bytes(xlsx, "return.xlsx");
        Assert.False(o.Accepted, Validate.Describe(o));
        AssertNotShown(o, "return.xlsx");
    }

    /// <summary>SharePoint keeps its document id (a ten-digit library number among them) in customXml: not the submitter's text.</summary>
    [Fact]
    public void Office_and_SharePoint_metadata_in_customXml_does_not_reject_a_good_return()
    {
        var xlsx = ReturnBuilder.Valid().ToXlsx();
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("customXml/item1.xml").Open(), new UTF8Encoding(false));
            w.Write("<p:properties xmlns:p=\"http://schemas.microsoft.com/office/2006/metadata/properties\"><documentManagement><_dlc_DocId>NHSE-9434765919-123</_dlc_DocId></documentManagement></p:properties>");
        }
        var o = Validate.Bytes(ms.ToArray(), "return.xlsx");
        Assert.True(o.Accepted, Validate.Describe(o));
    }

    [Fact]
    public void A_narrative_typed_as_a_header_is_not_echoed_as_a_column_name()
    {
        var narrative = "This quarter our link workers in Leeds supported residents at the community hub on Kirkstall Road, LS5 3BN, "
            + "and we expanded the programme to three more practices after the ICB review. " + new string('x', 200);
        var o = Validate.Zip(ReturnBuilder.Valid().AddColumn("Referrals", narrative, ""));
        Assert.Contains(o.Findings.Shown, f => f.Code == "PII002" && f.Column == "Q" && f.Row == 1);
        Assert.Contains(o.Findings.Shown, f => f.Code == "FIL004" && f.Column == "Q" && f.Value is null);
        var json = ReceiptJson.Serialize(Receipt.From("p", "id", "sha", Validate.OnTime, o, false));
        Assert.DoesNotContain("Kirkstall", json, StringComparison.Ordinal);
        Assert.DoesNotContain("link workers", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024 943 476 5919")]
    [InlineData("ref 1234567 943 476 5919")]
    [InlineData("2024-943-476-5919")]
    public void Nhs_numbers_after_other_digit_groups_are_found(string role)
    {
        var o = Validate.Zip(ReturnBuilder.Valid().Field("submitter_role", role));
        Assert.Contains(o.Findings.Shown, f => f.Code == "PII001" && f.Sheet == "Submission");
        Assert.False(o.Accepted);
    }

    [Theory]
    [InlineData("Workforce", "wte", "0.5333333335")]
    [InlineData("Submission", "submitter_role", "PCN manager 01697 73418")]
    [InlineData("Submission", "submitter_role", "Lead, Q2 2nd cohort")]
    [InlineData("Submission", "submitter_role", "Lead 020 7946 0000")]
    public void Decimals_phone_numbers_and_quarter_words_do_not_reject_a_good_return(string sheet, string column, string value)
    {
        var b = ReturnBuilder.Valid();
        if (sheet == "Submission") { b.Field(column, value); } else { b.Set(sheet, 1, column, value); }
        foreach (var o in new[] { Validate.Zip(b), Validate.Xlsx(b) })
        {
            Assert.DoesNotContain(o.Findings.Shown, f => f.IsPersonalData);
            Assert.True(o.Accepted, Validate.Describe(o));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 80)]
    public bool A_random_nhs_number_in_a_header_sheet_name_zip_entry_or_file_name_is_refused_and_never_shown(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var number = PersonalDataDetectionTests.ValidNhsNumber(random);
        var text = PersonalDataDetectionTests.Layout(random, number).Replace('\u00A0', ' ');
        var named = random.Next(3) switch { 0 => text, 1 => "ref " + text, _ => text + " notes" };
        var b = ReturnBuilder.Valid();
        var bytes = b.ToZip();
        var path = "pcn/U00070/2024-03/return.zip";
        switch (random.Next(4))
        {
            case 0: bytes = b.AddColumn("Workforce", named, "").ToZip(); break;
            case 1: bytes = b.Sheet(named, ["note"], ["x"]).ToZip(); break;
            case 2: bytes = AddEntry(bytes, $"extra/{named}.txt", "x"); break;
            default: path = $"pcn/U00070/2024-03/{named}.zip"; break;
        }
        if (UploadPath.Check(path) is { Path: null, Problem: { } refused })
        {
            return !refused.Message.Contains(number, StringComparison.Ordinal) && !PersonalData.WithholdSegments(path).Contains(number, StringComparison.Ordinal);
        }
        var o = Validate.Bytes(bytes, path: path);
        var json = ReceiptJson.Serialize(Receipt.From(path, "id", "sha", Validate.OnTime, o, false));
        return !o.Accepted && o.Findings.Shown.Any(f => f.Code == "PII001")
            && !json.Contains(number, StringComparison.Ordinal) && !json.Contains(text, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property(MaxTest = 80)]
    public bool Random_decimals_phone_numbers_and_dates_in_free_text_do_not_reject_a_good_return(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        // WTE from 0.1 to 0.99… written with ten decimal digits, as a workforce extract does.
        var wte = $"0.{random.Next(100_000_000, 999_999_999):D9}{random.Next(1, 9)}";
        var role = random.Next(3) switch
        {
            0 => $"PCN manager, tel 0{random.Next(1000, 9999)} {random.Next(10_000, 99_999)}",
            1 => $"Lead from {new DateOnly(2020, 1, 1).AddDays(random.Next(1500)):yyyy-MM-dd}, Q{random.Next(1, 5)} {random.Next(1, 4) switch { 1 => "1st", 2 => "2nd", _ => "3rd" }} cohort",
            _ => $"Manager +44 20 {random.Next(1000, 9999)} {random.Next(1000, 9999)}",
        };
        var b = ReturnBuilder.Valid().Set("Workforce", 1, "wte", wte).Field("submitter_role", role);
        var o = Validate.Zip(b);
        Assert.True(o.Accepted && !o.Findings.Shown.Any(f => f.IsPersonalData), $"{wte} / {role}: {Validate.Describe(o)}");
        return true;
    }

    private static ValidationOutcome Bytes(ReturnBuilder b, string file) =>
        file.EndsWith(".zip", StringComparison.Ordinal) ? Validate.Zip(b) : Validate.Xlsx(b);

    private static void AssertNotShown(ValidationOutcome o, string file)
    {
        Assert.All(o.Findings.Shown, f => Assert.Null(f.IsPersonalData ? f.Value : null));
        var json = ReceiptJson.Serialize(Receipt.From($"pcn/U00070/2024-03/{file}", "id", "sha", Validate.OnTime, o, false));
        Assert.DoesNotContain("5919", json, StringComparison.Ordinal);
        Assert.DoesNotContain("476", json, StringComparison.Ordinal);
    }

    internal static byte[] AddEntry(byte[] zipBytes, string name, string content)
    {
        using var ms = new MemoryStream();
        ms.Write(zipBytes);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            w.Write(content);
        }
        return ms.ToArray();
    }

    /// <summary>Removes every cached formula value, as a file saved by a tool that does not calculate would have.</summary>
    private static byte[] StripCachedValues(byte[] xlsx)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList())
            {
                string xml;
                using (var r = new StreamReader(entry.Open())) { xml = r.ReadToEnd(); }
                xml = System.Text.RegularExpressions.Regex.Replace(xml, "(</f>)<v>[^<]*</v>", "$1");
                var name = entry.FullName;
                entry.Delete();
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }
        }
        return ms.ToArray();
    }
}
