using SpReporting.Packs.Model;

namespace SpReporting.Packs.Content;

/// <summary>
/// A sheet of one theme's measures by area and window: one row per area listed in the pack and window ending in
/// the period (month, quarter, financial year to date, rolling 12 months).
/// </summary>
internal static class ThemeSheet
{
    public static PackSheet Build(PackContext c, string name, string table, string title, string description, IEnumerable<PackLine> extraLines, IReadOnlyList<ThemeColumn> metrics)
    {
        ThemeColumn[] all = [.. metrics, ThemeColumn.Maturity(), ThemeColumn.TooEarly()];
        var columns = new List<PackColumn>(PackContext.AreaColumns())
        {
            new(new Noted("Window", PackNotes.Windows), 12),
            new("Period", 10),
        };
        columns.AddRange(all.Select(m => m.Column));
        var lines = c.Standard("One row per area and window.").Concat(extraLines).ToList();
        return new PackSheet(name, description, $"{title} for {c.Input.Scope.Name}, {PackWords.Of(c.Input.Period)}", lines,
            new PackTable(table, columns, Rows(c, all)));
    }

    private static IEnumerable<PackCell[]> Rows(PackContext c, ThemeColumn[] metrics)
    {
        foreach (var area in c.Areas)
        {
            foreach (var window in PackContext.Windows)
            {
                if (c.Row(area, window) is not { } row) { continue; }
                var cells = new List<PackCell>(6 + metrics.Length);
                cells.AddRange(PackContext.AreaCells(area));
                cells.Add(PackCell.Of(PackWords.Of(window)));
                cells.Add(PackCell.Of(row.Period));
                foreach (var m in metrics) { cells.Add(m.Cell(row)); }
                yield return [.. cells];
            }
        }
    }
}
