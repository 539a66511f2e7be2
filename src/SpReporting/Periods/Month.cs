using System.Globalization;

namespace SpReporting.Periods;

/// <summary>A calendar month, the period of a PCN monthly return, written <c>yyyy-MM</c>.</summary>
public readonly record struct Month(int Year, int Number) : IComparable<Month>
{
    /// <summary>PCNs began in July 2019; nothing earlier can be a return period.</summary>
    public static readonly Month FirstPcnMonth = new(2019, 7);

    public DateOnly Start => new(Year, Number, 1);
    public DateOnly End => Start.AddMonths(1).AddDays(-1);
    public int Index => Year * 12 + Number - 1;
    public Quarter Quarter => Quarter.Containing(this);

    public static Month FromIndex(int index) => new(index / 12, index % 12 + 1);
    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    public Month AddMonths(int months) => FromIndex(Index + months);
    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Number;
    public int CompareTo(Month other) => Index.CompareTo(other.Index);

    public static bool operator <(Month a, Month b) => a.Index < b.Index;
    public static bool operator >(Month a, Month b) => a.Index > b.Index;
    public static bool operator <=(Month a, Month b) => a.Index <= b.Index;
    public static bool operator >=(Month a, Month b) => a.Index >= b.Index;

    public static bool TryParse(string? text, out Month month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-') { return false; }
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || y < 1900 || m is < 1 or > 12)
        {
            return false;
        }
        month = new Month(y, m);
        return true;
    }

    public static Month Parse(string text) =>
        TryParse(text, out var m) ? m : throw new FormatException($"'{text}' is not a month in the form yyyy-MM.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Number:00}");
}
