using System.Globalization;
using ClosedXML.Excel;

namespace SpReporting.Templates;

/// <summary>The Excel data validation for a column: a drop-down for codes, a range check for numbers and dates, a length check for text.</summary>
internal static class ColumnValidation
{
    private static readonly DateTime EarliestDate = new(2000, 1, 1);
    private static readonly DateTime LatestDate = new(2099, 12, 31);

    /// <param name="list">The code list's range on the Lists sheet, for drop-down columns.</param>
    public static void Apply(IXLRange range, ColumnSpec column, IXLRange? list)
    {
        string? message;
        var dv = range.SetDataValidation();
        switch (column.Kind)
        {
            case ColumnKind.Code or ColumnKind.ScoreOrCode when list is not null:
                dv.List(list, true);
                message = $"Choose {column.Name} from the drop-down list. The codes are listed on the Guidance sheet.";
                break;
            case ColumnKind.MultiCode:
                dv.TextLength.EqualOrLessThan(column.MaxLength ?? 1000);
                dv.InputTitle = column.Name;
                dv.InputMessage = Clip("One or more codes separated by ; for example " + column.Example + ". The codes are listed on the Guidance sheet.", 255);
                dv.ShowInputMessage = true;
                message = $"{column.Name} is too long.";
                break;
            case ColumnKind.Date:
                dv.Date.Between(EarliestDate, LatestDate);
                message = $"{column.Name} must be a date, such as 2024-03-05 or 05/03/2024.";
                break;
            case ColumnKind.Decimal:
                SetRange(dv.Decimal, column.Min ?? 0, column.Max);
                message = $"{column.Name} must be a number {RangeText(column)}.";
                break;
            case ColumnKind.Integer:
                SetRange(dv.WholeNumber, (int)(column.Min ?? 0), column.Max is { } max ? (int)max : null);
                message = $"{column.Name} must be a whole number {RangeText(column)}.";
                break;
            case ColumnKind.Id:
                dv.TextLength.Between(1, column.MaxLength ?? 36);
                message = $"{column.Name} must be 1 to {column.MaxLength} letters, digits, _ or -.";
                break;
            case ColumnKind.Text when column.MaxLength is { } length:
                dv.TextLength.EqualOrLessThan(length);
                message = $"{column.Name} must be at most {length.ToString("#,0", CultureInfo.InvariantCulture)} characters.";
                break;
            default:
                return;
        }
        dv.IgnoreBlanks = true;
        dv.ShowErrorMessage = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = Clip(column.Name, 32);
        dv.ErrorMessage = Clip(message, 255);
    }

    /// <summary>"from 0.01 to 1" or "of 0 or more", as the guidance and error messages say it.</summary>
    public static string RangeText(ColumnSpec column) => column.Max is { } max
        ? $"from {Number(column.Min ?? 0)} to {Number(max)}"
        : $"of {Number(column.Min ?? 0)} or more";

    public static string Number(double value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    private static void SetRange(XLDecimalCriteria criteria, double min, double? max)
    {
        if (max is { } m) { criteria.Between(min, m); } else { criteria.EqualOrGreaterThan(min); }
    }

    private static void SetRange(XLWholeNumberCriteria criteria, int min, int? max)
    {
        if (max is { } m) { criteria.Between(min, m); } else { criteria.EqualOrGreaterThan(min); }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
