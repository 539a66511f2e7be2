using System.Globalization;
using ClosedXML.Excel;
using SpReporting.Returns;

namespace SpReporting.Templates;

/// <summary>
/// The very hidden <c>Lists</c> sheet: one column per code list, which the drop-downs point at. Very
/// hidden so it cannot be unhidden and edited by accident from the Excel menus.
/// </summary>
internal static class ListsSheet
{
    /// <summary>Adds the sheet and returns, for each code list used by the template, the range holding its codes.</summary>
    public static IReadOnlyDictionary<CodeList, IXLRange> Add(XLWorkbook workbook, TemplateSpec spec)
    {
        var ws = workbook.Worksheets.Add(TemplateSpec.ListsSheet);
        var ranges = new Dictionary<CodeList, IXLRange>(ReferenceEqualityComparer.Instance);
        var column = 0;
        foreach (var (sheet, col) in spec.Sheets.SelectMany(s => s.Columns.Select(c => (s, c))))
        {
            if (col.Codes is null || ranges.ContainsKey(col.Codes)) { continue; }
            column++;
            // Two lists share the name "status"; the sheet-qualified header keeps them apart.
            ws.Cell(1, column).SetValue($"{sheet.Name}.{col.Name}");
            ws.Cell(1, column).Style.Font.Bold = true;
            for (var i = 0; i < col.Codes.Codes.Count; i++)
            {
                var code = col.Codes.Codes[i];
                var cell = ws.Cell(i + 2, column);
                // Digit-only codes (NoMAD 1–5) are numbers, so a typed 3 matches the list.
                if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) { cell.SetValue(n); }
                else { cell.SetValue(code); cell.DataType = XLDataType.Text; }
            }
            ws.Column(column).Width = Math.Max(col.Codes.Codes.Max(c => c.Length), sheet.Name.Length + col.Name.Length + 1) + 3;
            ranges[col.Codes] = ws.Range(2, column, col.Codes.Codes.Count + 1, column);
        }
        ws.Visibility = XLWorksheetVisibility.VeryHidden;
        return ranges;
    }
}
