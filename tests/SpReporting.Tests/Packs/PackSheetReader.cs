using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SpReporting.Tests.Packs;

/// <summary>One cell as read back: 1-based position, text (number cells as written), and what kind of cell it is.</summary>
public sealed record ReadCell(int Row, int Column, string Text, bool IsNumber, bool HasFormula, uint Style);

/// <summary>
/// Reads a worksheet part as a stream of rows (the DOM of a national sheet would not fit in memory), with the
/// merged ranges, hyperlinks and table parts it lists. Cells without a reference follow the previous cell, as Excel reads them.
/// </summary>
public static class PackSheetReader
{
    public static void Read(WorksheetPart part, IReadOnlyList<string> sharedStrings, Action<int, IReadOnlyList<ReadCell>> onRow,
        Action<string> onMerge, Action<string, string> onHyperlink, Action<string>? onTablePart = null)
    {
        using var reader = OpenXmlReader.Create(part);
        var lastRow = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement) { continue; }
            if (reader.ElementType == typeof(Row))
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var index = (int?)row.RowIndex?.Value ?? lastRow + 1;
                lastRow = index;
                onRow(index, Cells(row, index, sharedStrings));
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                onMerge(((MergeCell)reader.LoadCurrentElement()!).Reference?.Value ?? "?");
            }
            else if (reader.ElementType == typeof(TablePart))
            {
                onTablePart?.Invoke(((TablePart)reader.LoadCurrentElement()!).Id?.Value ?? "");
            }
            else if (reader.ElementType == typeof(Hyperlink))
            {
                var link = (Hyperlink)reader.LoadCurrentElement()!;
                onHyperlink(link.Reference?.Value ?? "", link.Location?.Value ?? "");
            }
        }
    }

    private static List<ReadCell> Cells(Row row, int rowIndex, IReadOnlyList<string> sharedStrings)
    {
        var cells = new List<ReadCell>();
        var column = 0;
        foreach (var c in row.Elements<Cell>())
        {
            column = c.CellReference?.Value is { } r ? ColumnOf(r) : column + 1;
            var type = c.DataType?.Value;
            var text = type switch
            {
                CellValues.InlineString => c.InlineString?.InnerText ?? "",
                CellValues.SharedString => sharedStrings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
                _ => c.CellValue?.Text ?? "",
            };
            var isNumber = type is null or CellValues.Number && c.CellFormula is null && text.Length > 0;
            cells.Add(new ReadCell(rowIndex, column, text, isNumber, c.CellFormula is not null, c.StyleIndex?.Value ?? 0));
        }
        return cells;
    }

    public static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter)) { n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1); }
        return n;
    }

    public static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), System.Globalization.CultureInfo.InvariantCulture);
}
