using SpReporting.Reading;

namespace SpReporting.Validation;

/// <summary>
/// A two-column <c>field</c>/<c>value</c> sheet (Submission, Capacity) read as a dictionary, with the
/// row each field came from so findings point at the right cell.
/// </summary>
internal sealed class FieldSheet
{
    private readonly Dictionary<string, (string Value, int Row)> _fields = new(StringComparer.OrdinalIgnoreCase);

    private FieldSheet(string sheetName) => SheetName = sheetName;

    public string SheetName { get; }

    public static FieldSheet Read(Sheet sheet, IReadOnlyList<string> knownFields, FindingList findings)
    {
        var result = new FieldSheet(sheet.Name);
        var columns = SheetShape.Columns(sheet, ["field", "value"], ["field", "value"], findings);
        if (!columns.TryGetValue("field", out var f) || !columns.TryGetValue("value", out var v)) { return result; }
        foreach (var row in sheet.Rows)
        {
            var field = f < row.Cells.Length ? row.Cells[f].Trim() : "";
            var value = v < row.Cells.Length ? row.Cells[v].Trim() : "";
            if (field.Length == 0) { continue; }
            if (!knownFields.Contains(field, StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(FindingCodes.ExtraColumn, sheet.Name, row.Number, "field", field, "This field is not part of the return and was ignored.");
                continue;
            }
            if (!result._fields.TryAdd(field, (value, row.Number)))
            {
                findings.Add(FindingCodes.DuplicateKey, sheet.Name, row.Number, "field", field, "This field appears more than once; keep one row for it.");
            }
        }
        return result;
    }

    public string? Value(string field) => _fields.TryGetValue(field, out var e) && e.Value.Length > 0 ? e.Value : null;

    public int? Row(string field) => _fields.TryGetValue(field, out var e) ? e.Row : null;

    /// <summary>The value, or a VAL001 finding located at the field's row (or the sheet if absent).</summary>
    public string? Require(string field, FindingList findings)
    {
        var value = Value(field);
        if (value is null)
        {
            findings.Add(FindingCodes.Required, SheetName, Row(field), "value", null, $"{field} is required and is blank.");
        }
        return value;
    }

    public void Add(FindingList findings, string code, string field, string message, bool echo = true) =>
        findings.Add(code, SheetName, Row(field), "value", echo ? Value(field) : null, message);
}
