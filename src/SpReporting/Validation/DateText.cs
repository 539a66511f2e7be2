using System.Globalization;

namespace SpReporting.Validation;

/// <summary>
/// Dates as RETURNS.md allows them: ISO <c>yyyy-MM-dd</c> (Excel date cells arrive in this form) or UK
/// <c>dd/MM/yyyy</c> (single-digit day and month accepted). Never US <c>MM/dd/yyyy</c>.
/// </summary>
public static class DateText
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd/M/yyyy", "d/MM/yyyy"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
