namespace SpReporting.Validation;

/// <summary>
/// How a sheet or column is named in a finding. A name is echoed only when it is short and holds no
/// personal data; otherwise it is referred to by position (docs/validation.md, "Findings").
/// </summary>
public static class ReceiptLabels
{
    /// <summary>Longest sheet or column name echoed as written (Excel's sheet names are at most 31).</summary>
    public const int MaxNameLength = 50;

    /// <summary>The sheet's name, or <c>sheet 3</c> for the third sheet when its name cannot be shown.</summary>
    public static string Sheet(string name, int position) =>
        IsShowable(name) ? name : $"sheet {position + 1}";

    /// <summary>The header, or the column letter when the header is blank or cannot be shown.</summary>
    public static string Column(string header, int index) =>
        header.Length > 0 && IsShowable(header) ? header : ColumnLetter(index);

    public static bool IsShowable(string name) =>
        name.Length <= MaxNameLength && !name.Any(char.IsControl) && !PersonalData.Contains(name);

    public static string ColumnLetter(int index)
    {
        var s = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) { s = (char)('A' + (i - 1) % 26) + s; }
        return s;
    }
}
