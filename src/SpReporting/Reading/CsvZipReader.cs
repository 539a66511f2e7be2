using System.Text;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Reads a .zip holding one CSV per sheet (<c>workforce.csv</c> is the Workforce sheet). UTF-8 with or
/// without a byte order mark is expected; a file that is not valid UTF-8 is read again as Windows-1252,
/// as NHS systems often export. Streams each entry, so the limits stop a huge file early.
/// </summary>
internal static class CsvZipReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvZipReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Workbook Read(ZipPackage zip, ReadLimits limits, ExpansionBudget budget, KeptBudget kept)
    {
        var sheets = new List<Sheet>();
        foreach (var entry in zip.Parts)
        {
            if (entry.Name.EndsWith('/') || entry.Name.StartsWith("__MACOSX/", StringComparison.Ordinal)) { continue; }
            var fileName = Path.GetFileName(entry.Name);
            if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.StartsWith("._", StringComparison.Ordinal)) { continue; }
            var name = Path.GetFileNameWithoutExtension(fileName);
            var label = ReceiptLabels.Sheet(name, sheets.Count);
            var spent = kept.Spent;
            try
            {
                sheets.Add(ReadEntry(zip, entry, name, label, StrictUtf8, limits, budget, kept));
            }
            catch (DecoderFallbackException)
            {
                kept.Restore(spent);
                sheets.Add(ReadEntry(zip, entry, name, label, Encoding.GetEncoding(1252), limits, budget, kept));
            }
        }
        if (sheets.Count == 0)
        {
            throw new ReadFailure(FindingCodes.NotReadable,
                "The zip holds no CSV files. Zip one CSV per sheet, named after the sheet: submission.csv, workforce.csv, referrals.csv.");
        }
        return new Workbook(sheets);
    }

    private static Sheet ReadEntry(ZipPackage zip, ZipPart entry, string name, string label, Encoding encoding, ReadLimits limits, ExpansionBudget budget, KeptBudget kept)
    {
        var builder = new SheetBuilder(name, label, limits, kept);
        using var text = new StreamReader(zip.Open(entry, budget), encoding, detectEncodingFromByteOrderMarks: true);
        var records = new CsvRecordReader(text, limits, label);
        var cells = new string?[16];
        var count = 0;
        void Cell(int column, string value)
        {
            if (column >= limits.MaxColumns)
            {
                // Not kept, but still screened: personal data beyond the last column is refused like any other.
                builder.Unkept(records.RecordNumber, column, value);
                return;
            }
            if (column >= cells.Length) { Array.Resize(ref cells, Math.Min(limits.MaxColumns, cells.Length * 2)); }
            cells[column] = value;
            count = column + 1;
        }
        while (records.Read(Cell))
        {
            builder.Add(records.RecordNumber, cells, count);
            Array.Clear(cells, 0, count);
            count = 0;
        }
        return builder.Build();
    }
}
