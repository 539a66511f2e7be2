using ClosedXML.Excel;
using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Icb;

namespace SpReporting.Templates;

/// <summary>
/// Writes a raw <see cref="Workbook"/> into the matching template, so a filled file keeps its
/// drop-downs and guidance. The result holds exactly the raw workbook's sheets, columns and fields
/// (template ones in template order, then any others), so an incomplete or odd return stays as odd
/// as it was given: a missing column is still missing and an extra one is still there.
/// </summary>
internal static class TemplateFiller
{
    private const double ExtraColumnWidth = 16;

    public static void Fill(Workbook raw, Stream output)
    {
        var spec = ReturnTemplates.For(raw.Find(IcbSchema.Plan) is null ? ReturnKind.Pcn : ReturnKind.Icb);
        var rawSheets = raw.Sheets.Where(s => !TemplateSpec.IsTemplateOnly(s.Name)).ToList();
        var fitted = new List<(SheetSpec Spec, Sheet Raw)>();
        foreach (var sheetSpec in spec.Sheets)
        {
            var match = rawSheets.FirstOrDefault(s => Same(s.Name, sheetSpec.Name));
            if (match is not null && Fit(sheetSpec, match) is { } fit) { fitted.Add((fit, match)); }
        }
        var foreign = rawSheets.Where(s => !fitted.Any(f => ReferenceEquals(f.Raw, s))).ToList();

        using var workbook = TemplateBuilder.Build(spec, fitted.Select(f => f.Spec).ToList());
        foreach (var (sheetSpec, sheet) in fitted)
        {
            var ws = workbook.Worksheet(sheetSpec.Name);
            if (sheetSpec.Layout == SheetLayout.FieldValue) { FillFields(ws, sheetSpec, sheet); }
            else { FillTable(ws, sheetSpec.Columns, sheet); }
        }
        foreach (var sheet in foreign)
        {
            var ws = workbook.Worksheets.Add(sheet.Name, workbook.Worksheet(TemplateSpec.ListsSheet).Position);
            FillTable(ws, [], sheet);
            ws.SheetView.FreezeRows(1);
        }
        TemplateFile.Save(workbook, output);
    }

    /// <summary>The template sheet cut down to what the raw sheet has; null if it cannot be laid out as the template.</summary>
    private static SheetSpec? Fit(SheetSpec sheetSpec, Sheet raw)
    {
        if (sheetSpec.Layout == SheetLayout.FieldValue)
        {
            var field = raw.ColumnIndex(SheetSpec.FieldValueHeaders[0]);
            if (field < 0 || raw.ColumnIndex(SheetSpec.FieldValueHeaders[1]) < 0) { return null; }
            var names = raw.Rows.Select(r => Cell(r, field)).ToList();
            return sheetSpec with { Columns = sheetSpec.Columns.Where(c => names.Any(n => Same(n, c.Name))).ToList() };
        }
        var kept = sheetSpec.Columns.Where(c => raw.ColumnIndex(c.Name) >= 0).ToList();
        return sheetSpec.Layout == SheetLayout.SingleCell && kept.Count == 0 ? null : sheetSpec with { Columns = kept };
    }

    private static void FillTable(IXLWorksheet ws, IReadOnlyList<ColumnSpec> columns, Sheet raw)
    {
        var map = new ColumnMap(ws, columns.Count);
        var specs = new ColumnSpec?[raw.Headers.Count];
        var used = new HashSet<int>();
        for (var i = 0; i < raw.Headers.Count; i++)
        {
            var index = IndexOf(columns, raw.Headers[i]);
            if (index >= 0 && used.Add(index)) { map.Set(i, index + 1); specs[i] = columns[index]; }
            else { map.Set(i, map.Append(raw.Headers[i])); }
        }
        var rowNumber = 1;
        foreach (var row in raw.Rows)
        {
            rowNumber = NextRow(row, rowNumber);
            for (var i = 0; i < row.Cells.Length; i++)
            {
                if (string.IsNullOrEmpty(row.Cells[i])) { continue; }
                CellValues.Write(ws.Cell(rowNumber, map.Column(i)), row.Cells[i], i < specs.Length ? specs[i] : null);
            }
        }
    }

    private static void FillFields(IXLWorksheet ws, SheetSpec sheetSpec, Sheet raw)
    {
        var fieldIndex = raw.ColumnIndex(SheetSpec.FieldValueHeaders[0]);
        var valueIndex = raw.ColumnIndex(SheetSpec.FieldValueHeaders[1]);
        var map = new ColumnMap(ws, 2);
        for (var i = 0; i < raw.Headers.Count; i++)
        {
            if (i == fieldIndex) { map.Set(i, 1); }
            else if (i == valueIndex) { map.Set(i, 2); }
            else { map.Set(i, map.Append(raw.Headers[i])); }
        }
        var used = new HashSet<int>();
        var nextRow = sheetSpec.Columns.Count + 2;
        foreach (var row in raw.Rows)
        {
            var index = IndexOf(sheetSpec.Columns, Cell(row, fieldIndex));
            var field = index >= 0 ? sheetSpec.Columns[index] : null;
            // The first row for a template field goes on that field's row; repeats and unknown fields go below.
            var onTemplateRow = index >= 0 && used.Add(index);
            var rowNumber = onTemplateRow ? index + 2 : nextRow++;
            if (onTemplateRow) { ws.Cell(rowNumber, 2).Clear(XLClearOptions.Contents); } // the raw value replaces a pre-filled one, even when blank
            for (var i = 0; i < row.Cells.Length; i++)
            {
                if (string.IsNullOrEmpty(row.Cells[i]) || (onTemplateRow && i == fieldIndex)) { continue; }
                CellValues.Write(ws.Cell(rowNumber, map.Column(i)), row.Cells[i], i == valueIndex ? field : null);
            }
        }
    }

    /// <summary>Keeps the raw row numbers where they increase (so findings point at the same rows), else the next row.</summary>
    private static int NextRow(SheetRow row, int previous) => row.Number > previous ? row.Number : previous + 1;

    private static int IndexOf(IReadOnlyList<ColumnSpec> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++) { if (Same(columns[i].Name, name)) { return i; } }
        return -1;
    }

    private static string Cell(SheetRow row, int index) => index >= 0 && index < row.Cells.Length ? row.Cells[index] : "";

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Raw column index to sheet column number; columns the template lacks are appended with their header.</summary>
    private sealed class ColumnMap(IXLWorksheet ws, int templateColumns)
    {
        private readonly Dictionary<int, int> _columns = [];
        private int _last = templateColumns;

        public void Set(int rawIndex, int column) => _columns[rawIndex] = column;

        public int Column(int rawIndex) =>
            _columns.TryGetValue(rawIndex, out var column) ? column : _columns[rawIndex] = Append("");

        public int Append(string header)
        {
            _last++;
            DataSheet.Header(ws.Cell(1, _last), header);
            ws.Column(_last).Width = ExtraColumnWidth;
            return _last;
        }
    }
}
