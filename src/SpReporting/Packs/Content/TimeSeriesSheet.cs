using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;

namespace SpReporting.Packs.Content;

/// <summary>
/// Every month for every area in the monthly rows: the SPC measures with their variation in words, closures and
/// completeness, and beside the judgements the maturity and too-early flag. Rows stream from the input as the
/// sheet is written, so a national series with PCN detail is never held in memory.
/// </summary>
internal static class TimeSeriesSheet
{
    public const string Name = "Monthly_series";

    private static readonly string[] Plain = [MetricIds.Closures, MetricIds.CompletenessPct];

    /// <summary>Every metric the sheet reads from a monthly row.</summary>
    internal static IReadOnlyList<string> Metrics { get; } = [.. Judgements.SpcMetrics, .. Plain, MetricIds.MaturityMonths, MetricIds.TooEarlyToJudge];

    public static PackSheet Build(PackContext c)
    {
        var spc = Judgements.SpcMetrics.Select(id => (Definition: MetricCatalog.Get(id), Index: MetricCatalog.IndexOf(id))).ToArray();
        var plain = Plain.Select(id => (Definition: MetricCatalog.Get(id), Index: MetricCatalog.IndexOf(id))).ToArray();
        var columns = new List<PackColumn>(PackContext.AreaColumns()) { new("Month", 10) };
        foreach (var (d, _) in spc)
        {
            columns.Add(new PackColumn(new Noted(PackWords.Header(d), d.Kind == MetricKind.PeopleCount ? [PackNotes.Disclosure] : []), 14));
            columns.Add(new PackColumn(new Noted($"{d.Title}: SPC variation", PackNotes.Spc), 30));
        }
        columns.AddRange(plain.Select(m => new PackColumn(PackWords.Header(m.Definition), 14)));
        columns.Add(new PackColumn(new Noted("Months since service began", PackNotes.Maturity), 14));
        columns.Add(new PackColumn(new Noted("Too early to judge", PackNotes.TooEarly), 10));
        var lines = c.Standard("One row per area and month.").ToList();
        lines.Add("The SPC judgement of each month is made against limits from the area's whole series, as the latest month's is.");
        return new PackSheet(Name, "Monthly time series by area: SPC measures with their variation, closures and completeness.",
            $"Monthly time series for {c.Input.Scope.Name} to {PackWords.Of(c.Input.Period)}", lines,
            new PackTable("table_monthly_series", columns, Rows(c.Input.MonthlyRows, spc, plain, columns.Count)));
    }

    private static IEnumerable<PackCell[]> Rows(IEnumerable<AggregateRow> rows, (MetricDefinition Definition, int Index)[] spc,
        (MetricDefinition Definition, int Index)[] plain, int width)
    {
        foreach (var row in rows)
        {
            if (row.Window != Window.Month) { continue; }
            var cells = new PackCell[width];
            var i = 0;
            foreach (var cell in PackContext.AreaCells(row.Area)) { cells[i++] = cell; }
            cells[i++] = PackCell.Of(row.Period);
            var before = ServiceStart.IsBefore(row);
            foreach (var (d, index) in spc)
            {
                var p = ValueCells.Publish(row, index);
                cells[i++] = ValueCells.Value(p);
                cells[i++] = JudgementCells.Variation(p, d, before);
            }
            foreach (var (_, index) in plain) { cells[i++] = ValueCells.Value(ValueCells.Publish(row, index)); }
            cells[i++] = ValueCells.Maturity(row);
            cells[i] = ValueCells.TooEarly(row);
            yield return cells;
        }
    }
}
