using System.Globalization;

namespace SpReporting.Periods;

/// <summary>
/// A financial quarter as people read it: <c>2026-Q3</c> is "Q3 2026-27 (Oct–Dec 2026)", so it is never
/// mistaken for a calendar quarter. Machine keys (CSV columns, file names) keep the code.
/// </summary>
public static class QuarterLabel
{
    public static string Label(this Quarter quarter)
    {
        var first = quarter.FirstMonth;
        var last = quarter.LastMonth;
        string Short(Month m) => m.Start.ToString("MMM", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"Q{quarter.Number} {quarter.FinancialYear}-{(quarter.FinancialYear + 1) % 100:00} ({Short(first)}–{Short(last)} {last.Year})");
    }
}
