using System.IO.Compression;
using System.Text;
using nietras.SeparatedValues;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Reads a .zip holding one CSV per sheet (<c>workforce.csv</c> is the Workforce sheet). UTF-8 with or
/// without a byte order mark is expected; a file that is not valid UTF-8 is read again as Windows-1252,
/// as NHS systems often export. Streams each entry, so the row limit stops a huge file early.
/// </summary>
internal static class CsvZipReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvZipReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Workbook Read(ZipArchive zip, ReadLimits limits, ExpansionBudget budget)
    {
        var sheets = new List<Sheet>();
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)) { continue; }
            var fileName = Path.GetFileName(entry.FullName);
            if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.StartsWith("._", StringComparison.Ordinal)) { continue; }
            var name = Path.GetFileNameWithoutExtension(fileName);
            try
            {
                sheets.Add(ReadEntry(entry, name, StrictUtf8, limits, budget));
            }
            catch (DecoderFallbackException)
            {
                sheets.Add(ReadEntry(entry, name, Encoding.GetEncoding(1252), limits, budget));
            }
        }
        if (sheets.Count == 0)
        {
            throw new ReadFailure(FindingCodes.NotReadable,
                "The zip holds no CSV files. Zip one CSV per sheet, named after the sheet: submission.csv, workforce.csv, referrals.csv.");
        }
        return new Workbook(sheets);
    }

    private static Sheet ReadEntry(ZipArchiveEntry entry, string name, Encoding encoding, ReadLimits limits, ExpansionBudget budget)
    {
        var builder = new SheetBuilder(name, limits);
        using var text = new StreamReader(ZipGuard.OpenLimited(entry, budget), encoding, detectEncodingFromByteOrderMarks: true);
        if (text.Peek() < 0) { return builder.Build(); }
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(','),
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            DisableQuotesParsing = false,
        }).From(text);
        var cells = new string?[16];
        var rowNumber = 0;
        foreach (var row in reader)
        {
            rowNumber++;
            var count = Math.Min(row.ColCount, limits.MaxColumns);
            if (count > cells.Length) { cells = new string?[count]; }
            for (var i = 0; i < count; i++) { cells[i] = row[i].ToString(); }
            builder.Add(rowNumber, cells, count);
        }
        return builder.Build();
    }
}
