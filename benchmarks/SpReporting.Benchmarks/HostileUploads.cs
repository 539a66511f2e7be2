using System.IO.Compression;
using System.Text;
using SpReporting.Writing;

namespace SpReporting.Benchmarks;

/// <summary>
/// Uploads built to exhaust the readers within the 20 MB upload limit, for <c>peak</c>: each stays
/// under the compression-ratio and expansion limits so that it reaches the reader it attacks.
/// </summary>
internal static class HostileUploads
{
    public static void Write(string dir)
    {
        // A CSV row of 17 MB (one cell), then one of 17 MB of short cells: once a crash with no receipt.
        WriteZip(Path.Combine(dir, "hostile-long-cell.zip"), "referrals.csv", w =>
        {
            w.Write("referral_id,reasons\r\nR-1,");
            Text(w, 17L << 20, every: 40);
            w.Write("\r\n");
        });
        WriteZip(Path.Combine(dir, "hostile-long-row.zip"), "referrals.csv", w =>
        {
            var random = new Random(5);
            w.Write("referral_id\r\nR-1");
            for (long n = 0; n < 17L << 20; n += 6) { w.Write(','); w.Write(random.Next(10_000, 99_999)); }
            w.Write("\r\n");
        });
        // 50,000 rows of 200 distinct short cells: the most a zip of CSVs can ask the reader to keep.
        WriteZip(Path.Combine(dir, "hostile-many-cells.zip"), "referrals.csv", w =>
        {
            var random = new Random(6);
            for (var row = 0; row < 50_000; row++)
            {
                for (var c = 0; c < 200; c++) { if (c > 0) { w.Write(','); } w.Write(random.Next(100, 999)); }
                w.Write("\r\n");
            }
        });
        var template = new MemoryStream();
        XlsxReturnWriter.Write(BenchReturns.Pcn(10), template);
        // One shared string of 190 MB: once 1.5 GB of memory.
        WriteXlsx(Path.Combine(dir, "hostile-giant-string.xlsx"), template.ToArray(), w =>
        {
            w.Write("<si><t>");
            Text(w, 190L << 20, every: 200);
            w.Write("</t></si>");
        });
        // Two million distinct shared strings: the table itself as the attack.
        WriteXlsx(Path.Combine(dir, "hostile-many-strings.xlsx"), template.ToArray(), w =>
        {
            for (var i = 0; i < 2_000_000; i++) { w.Write("<si><t>s"); w.Write(i); w.Write("</t></si>"); }
        });
    }

    /// <summary>Text that deflates far better than random bytes but below the ratio limit: a random letter every so often.</summary>
    private static void Text(StreamWriter w, long chars, int every)
    {
        var random = new Random(4);
        var block = new StringBuilder();
        for (long n = 0; n < chars; n += every)
        {
            block.Clear();
            block.Append('x', every - 1).Append((char)('a' + random.Next(26)));
            w.Write(block);
        }
    }

    private static void WriteZip(string path, string entryName, Action<StreamWriter> content)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        using (var w = new StreamWriter(zip.CreateEntry("submission.csv").Open(), new UTF8Encoding(false)))
        {
            w.Write("field,value\r\npcn_code,U00070\r\nperiod,2024-03\r\nschema_version,1\r\nnil_return,N\r\n");
        }
        using var entry = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        content(entry);
    }

    /// <summary>A real workbook whose shared-string table gets <paramref name="extra"/> appended.</summary>
    private static void WriteXlsx(string path, byte[] template, Action<StreamWriter> extra)
    {
        using var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var e in source.Entries)
        {
            using var r = new StreamReader(e.Open());
            var text = r.ReadToEnd();
            using var w = new StreamWriter(zip.CreateEntry(e.FullName).Open(), new UTF8Encoding(false));
            if (!e.FullName.EndsWith("sharedStrings.xml", StringComparison.Ordinal)) { w.Write(text); continue; }
            var end = text.LastIndexOf("</", StringComparison.Ordinal);
            w.Write(text[..end]);
            extra(w);
            w.Write(text[end..]);
        }
    }
}
