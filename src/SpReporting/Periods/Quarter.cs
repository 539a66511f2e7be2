using System.Globalization;

namespace SpReporting.Periods;

/// <summary>
/// A financial quarter, written <c>yyyy-Qn</c>: <c>2024-Q1</c> is April to June 2024,
/// <c>2024-Q4</c> is January to March 2025 (financial year 2024/25).
/// </summary>
public readonly record struct Quarter(int FinancialYear, int Number) : IComparable<Quarter>
{
    public Month FirstMonth => new Month(FinancialYear, 4).AddMonths((Number - 1) * 3);
    public Month LastMonth => FirstMonth.AddMonths(2);
    public int Index => FinancialYear * 4 + Number - 1;

    public static Quarter Containing(Month month)
    {
        var fy = month.Number >= 4 ? month.Year : month.Year - 1;
        var q = ((month.Number + 8) % 12) / 3 + 1;
        return new Quarter(fy, q);
    }

    public IEnumerable<Month> Months()
    {
        for (var i = 0; i < 3; i++) { yield return FirstMonth.AddMonths(i); }
    }

    public int CompareTo(Quarter other) => Index.CompareTo(other.Index);

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is null || text.Length != 7 || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q')) { return false; }
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || text[6] is < '1' or > '4' || y < 1900)
        {
            return false;
        }
        quarter = new Quarter(y, text[6] - '0');
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FinancialYear:0000}-Q{Number}");
}
