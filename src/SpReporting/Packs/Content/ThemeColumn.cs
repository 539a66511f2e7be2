using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>A column of a theme sheet: its header and how to fill it from an area's row.</summary>
internal sealed record ThemeColumn(PackColumn Column, Func<AggregateRow, PackCell> Cell)
{
    /// <summary>A metric's published value, headed by its title and unit, with any notes given.</summary>
    public static ThemeColumn Metric(string id, params string[] notes)
    {
        var d = MetricCatalog.Get(id);
        var index = MetricCatalog.IndexOf(id);
        return new(new PackColumn(new Noted(PackWords.Header(d), notes), Width(d)), row => ValueCells.Value(ValueCells.Publish(row, index)));
    }

    /// <summary>A metric's lower or upper 95% limit.</summary>
    public static ThemeColumn Limit(string id, bool lower)
    {
        var d = MetricCatalog.Get(id);
        var index = MetricCatalog.IndexOf(id);
        var header = $"{d.Title} {(lower ? "lower" : "upper")} 95% limit{(d.Unit.Length == 0 ? "" : $" ({d.Unit})")}";
        return new(new PackColumn(header, 14), row => ValueCells.Limit(ValueCells.Publish(row, index), d, lower));
    }

    /// <summary>
    /// ARRS-funded WTE as a share of WTE in post, from the two published staff figures (staff figures are
    /// published as they are, so the share reveals nothing the table does not).
    /// </summary>
    public static ThemeColumn ArrsShare()
    {
        var arrs = MetricCatalog.IndexOf(MetricIds.WteArrs);
        var wte = MetricCatalog.IndexOf(MetricIds.Wte);
        return new(new PackColumn(new Noted("ARRS share of WTE (%)", PackNotes.ArrsShare), 14), row =>
        {
            var a = ValueCells.Publish(row, arrs);
            var w = ValueCells.Publish(row, wte);
            if (a.Suppressed || w.Suppressed) { return PackCell.Of(Shorthand.Confidential); }
            if (!TryNumber(a.Text, out var x) || !TryNumber(w.Text, out var y)) { return PackCell.Of(Shorthand.NotAvailable); }
            return y == 0 ? PackCell.Of(Shorthand.NotApplicable) : PackCell.Of(Math.Round(100 * x / y, 1, MidpointRounding.AwayFromZero), PackNumberFormat.Percent);
        });
    }

    public static ThemeColumn Maturity() => new(new PackColumn(new Noted("Months since service began", PackNotes.Maturity), 14), ValueCells.Maturity);

    public static ThemeColumn TooEarly() => new(new PackColumn(new Noted("Too early to judge", PackNotes.TooEarly), 10), ValueCells.TooEarly);

    private static bool TryNumber(string text, out double n) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out n);

    private static double Width(MetricDefinition d) => Math.Clamp(PackWords.Header(d).Length * 0.6, 12, 30);
}
