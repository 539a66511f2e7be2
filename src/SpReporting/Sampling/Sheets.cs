using SpReporting.Reading;

namespace SpReporting.Sampling;

/// <summary>Small immutable edits to generated workbooks: rows are renumbered as Excel would show them.</summary>
internal static class Sheets
{
    public static Sheet Create(string name, IReadOnlyList<string> headers, IEnumerable<string[]> rows) =>
        new(name, headers.ToArray(), rows.Select((cells, i) => new SheetRow(i + 2, cells)).ToArray());

    public static Workbook Replace(this Workbook wb, Sheet sheet) =>
        new(wb.Sheets.Select(s => string.Equals(s.Name, sheet.Name, StringComparison.OrdinalIgnoreCase) ? sheet : s).ToArray());

    public static Workbook Without(this Workbook wb, string sheetName) =>
        new(wb.Sheets.Where(s => !string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase)).ToArray());

    public static Sheet WithRows(this Sheet sheet, IEnumerable<string[]> rows) => Create(sheet.Name, sheet.Headers, rows);

    /// <summary>A copy with one cell changed.</summary>
    public static Sheet WithCell(this Sheet sheet, int rowIndex, string column, string value)
    {
        var c = sheet.ColumnIndex(column);
        return sheet.WithRows(sheet.Rows.Select((row, i) =>
        {
            if (i != rowIndex) { return row.Cells; }
            var copy = (string[])row.Cells.Clone();
            copy[c] = value;
            return copy;
        }));
    }

    public static Sheet WithoutColumn(this Sheet sheet, string column)
    {
        var c = sheet.ColumnIndex(column);
        return Create(sheet.Name, sheet.Headers.Where((_, i) => i != c).ToArray(),
            sheet.Rows.Select(row => row.Cells.Where((_, i) => i != c).ToArray()));
    }

    public static Sheet WithColumn(this Sheet sheet, string column, Func<int, string> value) =>
        Create(sheet.Name, [.. sheet.Headers, column], sheet.Rows.Select((row, i) => (string[])[.. row.Cells, value(i)]));

    public static string Cell(this Sheet sheet, int rowIndex, string column) => sheet.Rows[rowIndex].Cells[sheet.ColumnIndex(column)];
}
