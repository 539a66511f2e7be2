using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace SpReporting.Templates;

/// <summary>
/// Writes one filled value the way Excel would hold it had a person typed it into the template: ISO
/// dates in date columns as date cells, plain numbers in number columns as numbers (full precision),
/// everything else as text that can never become a formula.
/// </summary>
internal static partial class CellValues
{
    /// <summary>More significant digits than a double keeps exactly are left as text rather than rounded.</summary>
    private const int MaxSignificantDigits = 15;

    public static void Write(IXLCell cell, string text, ColumnSpec? column)
    {
        if (column is not null)
        {
            if (column.Kind == ColumnKind.Date && TryIsoDate(text, out var date))
            {
                cell.SetValue(date);
                return;
            }
            if (column.IsNumeric && TryPlainNumber(text, out var number))
            {
                cell.SetValue(number);
                return;
            }
        }
        DataSheet.Text(cell, text);
        // The quote prefix keeps "=1+1" text even if someone edits the cell in Excel later.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@') { cell.Style.IncludeQuotePrefix = true; }
    }

    public static bool TryIsoDate(string text, out DateTime date)
    {
        date = default;
        return IsoDate().IsMatch(text)
            && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year >= 1900; // Excel has no dates before 1900.
    }

    public static bool TryPlainNumber(string text, out double number)
    {
        number = 0;
        if (!PlainNumber().IsMatch(text)) { return false; }
        var digits = text.TrimStart('-').Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        if (text.Contains('.', StringComparison.Ordinal)) { digits = digits.TrimEnd('0'); }
        return digits.Length <= MaxSignificantDigits
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();
}
