using System.Globalization;

namespace SpReporting.Sampling;

/// <summary>
/// Cell text as the returns write it (ISO dates, invariant numbers), cached for the values a sample uses
/// over and over: a national sample writes millions of cells.
/// </summary>
internal static class Text
{
    private static readonly DateOnly FirstCached = new(2018, 1, 1);
    private static readonly string[] Dates = Enumerable.Range(0, 366 * 16)
        .Select(i => FirstCached.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] Ints = Enumerable.Range(0, 1001).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static string Date(DateOnly? d)
    {
        if (d is not { } date) { return ""; }
        var i = date.DayNumber - FirstCached.DayNumber;
        return i >= 0 && i < Dates.Length ? Dates[i] : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string Int(int v) => v is >= 0 and <= 1000 ? Ints[v] : v.ToString(CultureInfo.InvariantCulture);

    public static string Int(int? v) => v is { } i ? Int(i) : "";

    /// <summary>Decimals as given, up to six places, never rounded to fewer (0.986667 stays 0.986667).</summary>
    public static string Number(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
