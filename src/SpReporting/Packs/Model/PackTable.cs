using SpReporting.Publishing;

namespace SpReporting.Packs.Model;

/// <summary>
/// The one named Excel table of a sheet: columns and rows. Rows may be lazy (the monthly series streams) and are
/// enumerated once; a table with no rows gets one row of <c>[x]</c>, as a table needs a data row and no cell is empty.
/// </summary>
internal sealed record PackTable(string Name, IReadOnlyList<PackColumn> Columns, IEnumerable<PackCell[]> Rows)
{
    public IEnumerable<PackCell[]> RowsOrPlaceholder()
    {
        var any = false;
        foreach (var row in Rows)
        {
            if (row.Length != Columns.Count) { throw new InvalidOperationException($"Table {Name}: a row has {row.Length} cells for {Columns.Count} columns."); }
            any = true;
            yield return row;
        }
        if (!any) { yield return Columns.Select(_ => PackCell.Of(Shorthand.NotAvailable)).ToArray(); }
    }
}
