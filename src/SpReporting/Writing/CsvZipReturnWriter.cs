using System.IO.Compression;
using System.Text;
using SpReporting.Reading;

namespace SpReporting.Writing;

/// <summary>
/// Writes a return as the .zip form RETURNS.md accepts: one UTF-8 CSV per sheet, named after the sheet in
/// lower case (<c>submission.csv</c>, <c>workforce.csv</c>, ...), header row first, RFC 4180 quoting, CRLF.
/// Cells are written as given (dates are already <c>yyyy-MM-dd</c> text in a generated workbook).
/// Entries carry a fixed timestamp, so the same workbook always gives the same bytes.
/// </summary>
public static class CsvZipReturnWriter
{
    /// <summary>The entries' modification time (zip stores local time without a zone; this is taken as is).</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(2019, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Workbook wb, Stream output) => Write(wb, output, byteOrderMark: false);

    /// <param name="byteOrderMark">Start each CSV with a UTF-8 byte order mark, as Excel's "CSV UTF-8" does.</param>
    public static void Write(Workbook wb, Stream output, bool byteOrderMark)
    {
        var encoding = new UTF8Encoding(byteOrderMark);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var sheet in wb.Sheets)
        {
            var entry = zip.CreateEntry(sheet.Name.Trim().ToLowerInvariant() + ".csv", CompressionLevel.Fastest);
            entry.LastWriteTime = EntryTimestamp;
            using var writer = new StreamWriter(entry.Open(), encoding, bufferSize: 16 * 1024);
            WriteSheet(sheet, writer);
        }
    }

    public static void WriteSheet(Sheet sheet, TextWriter writer)
    {
        CsvText.WriteRecord(writer, sheet.Headers);
        var width = sheet.Headers.Count;
        var cells = new string?[width];
        foreach (var row in sheet.Rows)
        {
            if (row.Cells.Length == width)
            {
                CsvText.WriteRecord(writer, row.Cells);
                continue;
            }
            // A row wider than the header keeps its extra cells; a shorter one is padded.
            var n = Math.Max(width, row.Cells.Length);
            if (cells.Length != n) { cells = new string?[n]; }
            for (var i = 0; i < n; i++) { cells[i] = i < row.Cells.Length ? row.Cells[i] : ""; }
            CsvText.WriteRecord(writer, cells);
        }
    }
}
