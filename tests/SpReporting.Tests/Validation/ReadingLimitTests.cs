using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SpReporting.Reading;
using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>
/// Uploads built to exhaust the readers (giant rows, cells and shared strings, parts that hide data
/// past their declared size, too many parts) end in a finding and a receipt, never an exception, and
/// cost little memory.
/// </summary>
public class ReadingLimitTests
{
    [Fact]
    public void A_csv_row_longer_than_16_MB_in_a_small_zip_is_FIL002_not_a_crash()
    {
        var row = new StringBuilder("R-0005,");
        var random = new Random(1);
        while (row.Length < 17 << 20) { row.Append(Block(random)).Append(','); }
        var zip = Zip(("submission.csv", "field,value\r\n"), ("referrals.csv", "referral_id,reasons\r\n" + row + "\r\n"));
        Assert.InRange(zip.Length, 1, 8 << 20);
        var o = Validate.Bytes(zip, "return.zip");
        var f = Assert.Single(o.Findings.Shown, x => x.Code == "FIL002");
        Assert.Equal(("Referrals", 2), (f.Sheet, f.Row));
        Assert.False(o.Accepted);
    }

    [Fact]
    public void A_csv_cell_longer_than_32767_characters_is_FIL002_at_its_cell()
    {
        var b = ReturnBuilder.Valid().Set("Referrals", 2, "social_outcomes", new string('a', 32_768));
        var o = Validate.Zip(b);
        var f = Assert.Single(o.Findings.Shown);
        Assert.Equal(("FIL002", "Referrals", 3, "P"), (f.Code, f.Sheet, f.Row, f.Column));
    }

    [Fact]
    public void A_cell_of_exactly_32767_characters_is_read()
    {
        var b = ReturnBuilder.Valid().Set("Referrals", 2, "social_outcomes", new string('a', 32_767));
        var o = Validate.Zip(b);
        Assert.DoesNotContain(o.Findings.Shown, f => f.Code.StartsWith("FIL", StringComparison.Ordinal));
        Assert.Contains(o.Findings.Shown, f => f.Code == "VAL002" && f.Column == "social_outcomes");
    }

    [Fact]
    public void An_xlsx_cell_longer_than_32767_characters_is_FIL002()
    {
        var xlsx = ReplacePart(ReturnBuilder.Valid().ToXlsx(), "xl/sharedStrings.xml",
            xml => AppendSharedString(xml, new string('a', 40_000)));
        var o = Validate.Bytes(xlsx, "return.xlsx");
        Assert.Equal("FIL002", Assert.Single(o.Findings.Shown).Code);
    }

    [Fact]
    public void An_xlsx_with_one_giant_shared_string_is_FIL002_within_a_small_memory_budget()
    {
        var random = new Random(2);
        var giant = new StringBuilder();
        while (giant.Length < 40 << 20) { giant.Append(Block(random)); }
        var xlsx = ReplacePart(ReturnBuilder.Valid().ToXlsx(), "xl/sharedStrings.xml",
            xml => AppendSharedString(xml, giant.ToString()));
        giant = null;
        Assert.InRange(xlsx.Length, 1, 20 << 20);
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var o = Validate.Bytes(xlsx, "return.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("FIL002", Assert.Single(o.Findings.Shown).Code);
        // The upload's own copy is 20 MB at most; holding the string would cost 80 MB and more.
        Assert.True(allocated < 40L << 20, $"{allocated / (1 << 20)} MB allocated");
    }

    /// <summary>Text split into many XML text nodes: each is short, the cell they make is not.</summary>
    [Theory]
    [InlineData("comments")]
    [InlineData("cdata")]
    [InlineData("runs")]
    public void An_xlsx_cell_made_of_many_short_text_nodes_is_FIL002_within_a_small_memory_budget(string split)
    {
        var random = new Random(4);
        var cell = new StringBuilder();
        while (cell.Length < 16 << 20)
        {
            var piece = new StringBuilder();
            while (piece.Length < 100_000) { piece.Append(Block(random)); }
            cell.Append(split switch
            {
                "comments" => piece + "<!---->",
                "cdata" => "<![CDATA[" + piece + "<b>]]>",
                _ => "</t></r><r><t>" + piece,
            });
        }
        var inline = $"<c r=\"Z1\" t=\"inlineStr\"><is><r><t>{cell}</t></r></is></c>";
        cell = null;
        var xlsx = ReplacePart(ReturnBuilder.Valid().ToXlsx(), "xl/worksheets/sheet1.xml",
            xml => new System.Text.RegularExpressions.Regex(@"</(\w+:)?row>").Replace(xml, m => inline + m.Value, 1));
        Assert.InRange(xlsx.Length, 1, 20 << 20);
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var o = Validate.Bytes(xlsx, "return.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("FIL002", Assert.Single(o.Findings.Shown).Code);
        // Joining the nodes first would hold 32 MB of text and more, and runs joined one by one gigabytes.
        Assert.True(allocated < 40L << 20, $"{allocated / (1 << 20)} MB allocated");
    }

    [Fact]
    public void An_xlsx_part_nested_deeper_than_Excel_writes_is_FIL002_within_a_small_memory_budget()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 2_000_000));
        var xlsx = ReplacePart(ReturnBuilder.Valid().ToXlsx(), "xl/worksheets/sheet1.xml",
            xml => System.Text.RegularExpressions.Regex.Replace(xml, @"</(\w+:)?sheetData>", m => deep + m.Value, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(10)),
            level: CompressionLevel.NoCompression);
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var o = Validate.Bytes(xlsx, "return.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("FIL002", Assert.Single(o.Findings.Shown).Code);
        // The XML reader keeps a node for every open element: millions of them cost gigabytes.
        Assert.True(allocated < 40L << 20, $"{allocated / (1 << 20)} MB allocated");
    }

    [Fact]
    public void A_csv_row_of_more_cells_than_Excel_allows_is_FIL002()
    {
        var random = new Random(3);
        var row = string.Join(',', Enumerable.Range(0, 16_385).Select(_ => random.Next(100_000)));
        var o = Validate.Bytes(Zip(("referrals.csv", "referral_id\r\n" + row + "\r\n")), "return.zip");
        var f = Assert.Single(o.Findings.Shown);
        Assert.Equal(("FIL002", "Referrals", 2), (f.Code, f.Sheet, f.Row));
    }

    [Theory]
    [InlineData("return.zip", "referrals.csv")]
    [InlineData("return.xlsx", "xl/worksheets/sheet3.xml")]
    public void Data_hidden_past_a_parts_declared_size_is_FIL001(string file, string part)
    {
        var bytes = file.EndsWith(".zip", StringComparison.Ordinal) ? ReturnBuilder.Valid().ToZip() : ReturnBuilder.Valid().ToXlsx();
        var shortened = DeclareShorter(bytes, part, 40);
        var o = Validate.Bytes(shortened, file);
        Assert.Equal("FIL001", Assert.Single(o.Findings.Shown).Code);
    }

    [Fact]
    public void An_nhs_number_hidden_past_a_declared_size_is_not_accepted()
    {
        var b = ReturnBuilder.Valid();
        var clean = b.ToZip();
        var csvLength = EntryLength(clean, "referrals.csv");
        b.AddRow("Referrals", "R-0099", "2024-03-04", "GP", "FOOD", "65-74", "FEMALE", "WHITE", "", "", "OPEN", "", "", "NONE", "", "", "9434765919");
        var planted = b.ToZip();
        var hidden = DeclareShorter(planted, "referrals.csv", EntryLength(planted, "referrals.csv") - csvLength);
        var o = Validate.Bytes(hidden, "return.zip");
        Assert.False(o.Accepted);
    }

    [Fact]
    public void More_than_1000_parts_is_FIL002_before_any_is_read()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => ($"x{i}.txt", "x")).ToArray();
        var o = Validate.Bytes(Zip(entries), "return.zip");
        Assert.Equal("FIL002", Assert.Single(o.Findings.Shown).Code);
    }

    [Fact]
    public void More_cell_content_than_the_memory_budget_is_FIL002()
    {
        var o = Validate.Bytes(ReturnBuilder.Valid().ToZip(), "return.zip",
            configure: c => c with { Limits = ReadLimits.Default with { MaxKeptBytes = 4_000 } });
        Assert.Equal("FIL002", Assert.Single(o.Findings.Shown).Code);
    }

    [Fact]
    public void A_windows_1252_csv_read_twice_is_charged_to_the_memory_budget_once()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var b = ReturnBuilder.Valid().AddColumn("Referrals", "note", "");
        for (var i = 0; i < 300; i++) { b.CopyRow("Referrals", 1, ("referral_id", $"R-{i + 100}")); }
        b.Set("Referrals", b.RowCount("Referrals"), "note", "café");
        var utf8 = b.ToZip();
        var cp1252 = b.ToZip(Encoding.GetEncoding(1252));
        // The smallest budget that reads the UTF-8 file: the same content in Windows-1252 needs no more.
        long low = 1_000, high = 4_000_000;
        while (high - low > 1)
        {
            var mid = (low + high) / 2;
            if (Validate.Bytes(utf8, "return.zip", configure: c => c with { Limits = ReadLimits.Default with { MaxKeptBytes = mid } }).Accepted) { high = mid; }
            else { low = mid; }
        }
        var o = Validate.Bytes(cp1252, "return.zip", configure: c => c with { Limits = ReadLimits.Default with { MaxKeptBytes = high } });
        Assert.True(o.Accepted, Validate.Describe(o));
    }

    /// <summary>Sixteen characters that deflate about four to one, like real text and unlike a zip bomb.</summary>
    internal static string Block(Random random) => "abcdefghijklmno"[..(8 + random.Next(7))] + (char)('a' + random.Next(26)) + random.Next(1000);

    /// <summary>A string added to the shared-string table, whatever namespace prefix the writer used.</summary>
    internal static string AppendSharedString(string xml, string text)
    {
        var end = System.Text.RegularExpressions.Regex.Match(xml, @"</(\w+:)?sst>");
        var prefix = end.Groups[1].Value;
        Assert.True(end.Success);
        return xml[..end.Index] + $"<{prefix}si><{prefix}t>{text}</{prefix}t></{prefix}si>" + xml[end.Index..];
    }

    internal static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            foreach (var (name, content) in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(content);
            }
        }
        return ms.ToArray();
    }

    internal static byte[] ReplacePart(byte[] zipBytes, string name, Func<string, string> change, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var ms = new MemoryStream();
        ms.Write(zipBytes);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var r = new StreamReader(entry.Open())) { text = r.ReadToEnd(); }
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
            w.Write(change(text));
        }
        return ms.ToArray();
    }

    private static long EntryLength(byte[] zipBytes, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        return zip.GetEntry(name)!.Length;
    }

    /// <summary>Rewrites a part's declared size (central directory and local header) <paramref name="by"/> bytes smaller.</summary>
    internal static byte[] DeclareShorter(byte[] zipBytes, string name, long by)
    {
        var bytes = (byte[])zipBytes.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (sig == 0x02014b50 && Matches(bytes, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28)), nameBytes))
            {
                var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i + 24));
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), (uint)(size - by));
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i + 42));
                if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(local + 22)) == size)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), (uint)(size - by));
                }
                return bytes;
            }
        }
        throw new ArgumentException($"no part {name}");
    }

    private static bool Matches(byte[] bytes, int at, int length, byte[] name) =>
        length == name.Length && bytes.AsSpan(at, length).SequenceEqual(name);
}
