using ClosedXML.Excel;

namespace SpReporting.Templates;

/// <summary>
/// The Guidance sheet, generated from the template's own specification so it can never drift from the
/// sheets it documents: title rows, then one table of general topics, sheets and columns.
/// </summary>
internal static class GuidanceText
{
    /// <summary>The table's header row; rows above it are the title and a one-line summary.</summary>
    public const int HeaderRow = 4;

    public static IReadOnlyList<string> Headers { get; } = ["sheet or topic", "column", "guidance", "required", "type", "allowed values", "example"];

    private static readonly double[] Widths = [24, 24, 90, 20, 24, 44, 28];

    public static IEnumerable<string[]> Rows(TemplateSpec spec)
    {
        foreach (var topic in spec.Topics) { yield return [topic.Topic, "", topic.Text, "", "", "", ""]; }
        foreach (var sheet in spec.Sheets)
        {
            yield return [sheet.Name, "", sheet.About, sheet.Required ? "required sheet" : "optional sheet", LayoutText(sheet.Layout), "", ""];
            foreach (var col in sheet.Columns)
            {
                yield return [sheet.Name, col.Name, col.Rules, col.Required, TypeText(col), AllowedText(col), col.Example];
            }
        }
    }

    public static void Write(IXLWorksheet ws, TemplateSpec spec)
    {
        DataSheet.Text(ws.Cell(1, 1), spec.Title + ": guidance");
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        DataSheet.Text(ws.Cell(2, 1), spec.Subject + ".");
        DataSheet.Text(ws.Cell(3, 1), "Read the general topics first, then the notes on each sheet and each column. Examples are given here only; the data sheets start blank.");
        for (var i = 0; i < Headers.Count; i++)
        {
            DataSheet.Header(ws.Cell(HeaderRow, i + 1), Headers[i]);
            ws.Column(i + 1).Width = Widths[i];
        }
        var row = HeaderRow;
        foreach (var values in Rows(spec))
        {
            row++;
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i].Length > 0) { DataSheet.Text(ws.Cell(row, i + 1), values[i]); }
            }
        }
        var table = ws.Range(HeaderRow + 1, 1, row, Headers.Count);
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        ws.SheetView.FreezeRows(HeaderRow);
    }

    public static string TypeText(ColumnSpec col) => col.TypeText ?? col.Kind switch
    {
        ColumnKind.Id => "identifier",
        ColumnKind.Code => "code (drop-down)",
        ColumnKind.MultiCode => "codes separated by ; (no drop-down)",
        ColumnKind.Date => "date, yyyy-mm-dd",
        ColumnKind.Decimal => "number",
        ColumnKind.Integer => "whole number",
        ColumnKind.ScoreOrCode => "number or code (drop-down)",
        _ => "text",
    };

    public static string AllowedText(ColumnSpec col) => col.AllowedText ?? col.Kind switch
    {
        ColumnKind.Code or ColumnKind.MultiCode or ColumnKind.ScoreOrCode when col.Codes is not null => string.Join(", ", col.Codes.Codes),
        ColumnKind.Decimal or ColumnKind.Integer => ColumnValidation.RangeText(col),
        ColumnKind.Id => $"1 to {col.MaxLength} of A-Z, a-z, 0-9, _ and -",
        ColumnKind.Date => "a date",
        _ when col.MaxLength is { } n => $"up to {ColumnValidation.Number(n)} characters",
        _ => "",
    };

    private static string LayoutText(SheetLayout layout) => layout switch
    {
        SheetLayout.FieldValue => "field and value: fill in column B",
        SheetLayout.SingleCell => "one cell: A2",
        _ => "one header row, one row per record",
    };
}
