using ClosedXML.Excel;
using SpReporting.Returns;

namespace SpReporting.Templates;

/// <summary>Lays out one blank data sheet: header row, formats, widths, drop-downs and checks. No data.</summary>
internal static class DataSheet
{
    public static void Build(IXLWorksheet ws, SheetSpec sheet, IReadOnlyDictionary<CodeList, IXLRange> lists)
    {
        var headers = sheet.Headers;
        for (var i = 0; i < headers.Count; i++) { Header(ws.Cell(1, i + 1), headers[i]); }
        switch (sheet.Layout)
        {
            case SheetLayout.Table:
                for (var i = 0; i < sheet.Columns.Count; i++)
                {
                    var col = sheet.Columns[i];
                    ws.Column(i + 1).Width = col.Width;
                    ws.Column(i + 1).Style.NumberFormat.Format = col.NumberFormat;
                    Validate(ws.Range(2, i + 1, TemplateSpec.LastDataRow, i + 1), col, lists);
                }
                break;
            case SheetLayout.FieldValue:
                ws.Column(1).Width = sheet.Columns.Select(c => c.Name.Length).DefaultIfEmpty(10).Max() + 4;
                ws.Column(2).Width = Math.Max(30, sheet.Columns.Select(c => c.Width).DefaultIfEmpty(0).Max());
                for (var i = 0; i < sheet.Columns.Count; i++)
                {
                    var field = sheet.Columns[i];
                    Text(ws.Cell(i + 2, 1), field.Name);
                    var value = ws.Cell(i + 2, 2);
                    value.Style.NumberFormat.Format = field.NumberFormat;
                    if (field.Prefill is not null) { Text(value, field.Prefill); }
                    Validate(ws.Range(i + 2, 2, i + 2, 2), field, lists);
                }
                break;
            case SheetLayout.SingleCell:
                var only = sheet.Columns[0];
                ws.Column(1).Width = only.Width;
                var cell = ws.Cell(2, 1);
                cell.Style.NumberFormat.Format = only.NumberFormat;
                cell.Style.Alignment.WrapText = true;
                cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
                Validate(ws.Range(2, 1, 2, 1), only, lists);
                break;
        }
        ws.SheetView.FreezeRows(1);
    }

    /// <summary>A header cell: bold text with a rule under it (no meaning carried by colour).</summary>
    public static void Header(IXLCell cell, string name)
    {
        Text(cell, name);
        cell.Style.Font.Bold = true;
        cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>Text stays text: set explicitly, so nothing a user wrote is ever read as a formula or a number.</summary>
    public static void Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    private static void Validate(IXLRange range, ColumnSpec column, IReadOnlyDictionary<CodeList, IXLRange> lists) =>
        ColumnValidation.Apply(range, column, column.Codes is { } codes && lists.TryGetValue(codes, out var list) ? list : null);
}
