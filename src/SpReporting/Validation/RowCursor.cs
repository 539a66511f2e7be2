using System.Globalization;
using SpReporting.Reading;
using SpReporting.Returns;

namespace SpReporting.Validation;

/// <summary>
/// Reads typed values from one data row, adding a located finding for each problem. Columns the
/// sheet lacks read as absent (their absence was reported once as FIL003, not once per row).
/// </summary>
internal sealed class RowCursor(Sheet sheet, IReadOnlyDictionary<string, int> columns, FindingList findings)
{
    private SheetRow _row = null!;

    public int RowNumber => _row.Number;

    public void MoveTo(SheetRow row) => _row = row;

    public string Text(string column)
    {
        if (!columns.TryGetValue(column, out var i) || i >= _row.Cells.Length) { return ""; }
        return _row.Cells[i].Trim();
    }

    public bool Has(string column) => Text(column).Length > 0;

    public void Add(string code, string column, string message, bool echo = true) =>
        findings.Add(code, sheet.Name, _row.Number, column, echo ? Text(column) : null, message);

    public bool Present(string column)
    {
        if (!columns.ContainsKey(column)) { return false; }
        if (Has(column)) { return true; }
        Add(FindingCodes.Required, column, $"{column} is required and is blank.", echo: false);
        return false;
    }

    public string? Code(string column, CodeList list, bool required = true)
    {
        if (required ? !Present(column) : !Has(column)) { return null; }
        if (list.TryMatch(Text(column), out var code)) { return code; }
        Add(FindingCodes.NotInCodeList, column, $"{column} must be {list.Describe()}.");
        return null;
    }

    public IReadOnlyList<string>? Codes(string column, CodeList list, bool required)
    {
        if (required ? !Present(column) : !Has(column)) { return required ? null : []; }
        var parts = Text(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (list.TryMatch(part, out var code))
            {
                if (!result.Contains(code)) { result.Add(code); }
                continue;
            }
            Add(FindingCodes.NotInCodeList, column,
                $"{column} has a value that is not a code. Separate codes with ';' and use {list.Describe()}.");
            return null;
        }
        if (required && result.Count == 0)
        {
            Add(FindingCodes.Required, column, $"{column} needs at least one code.", echo: false);
            return null;
        }
        return result;
    }

    public DateOnly? Date(string column, bool required)
    {
        if (required ? !Present(column) : !Has(column)) { return null; }
        if (DateText.TryParse(Text(column), out var date))
        {
            if (date.Year >= 2000) { return date; }
            Add(FindingCodes.Unreadable, column, $"{column} is before the year 2000; please check it.");
            return null;
        }
        Add(FindingCodes.Unreadable, column, $"{column} is not a date. Use yyyy-MM-dd (2024-03-31) or dd/MM/yyyy (31/03/2024).");
        return null;
    }

    public double? Number(string column, double min, double max, bool required)
    {
        if (required ? !Present(column) : !Has(column)) { return null; }
        if (!double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Add(FindingCodes.Unreadable, column, $"{column} must be a number from {Show(min)} to {Show(max)}.");
            return null;
        }
        if (value < min || value > max)
        {
            Add(FindingCodes.Unreadable, column, $"{column} must be from {Show(min)} to {Show(max)}.");
            return null;
        }
        return value;
    }

    public int? Integer(string column, int min, int max, bool required)
    {
        var value = Number(column, min, max, required);
        if (value is null) { return null; }
        if (value.Value != Math.Floor(value.Value))
        {
            Add(FindingCodes.Unreadable, column, $"{column} must be a whole number.");
            return null;
        }
        return (int)value.Value;
    }

    public string? Identifier(string column, int maxLength)
    {
        if (!Present(column)) { return null; }
        var text = Text(column);
        if (text.Length <= maxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) { return text; }
        Add(FindingCodes.Unreadable, column, $"{column} must be 1 to {maxLength} letters, digits, '_' or '-'.");
        return null;
    }

    private static string Show(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
