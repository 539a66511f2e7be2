using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Periods;

namespace SpReporting.Aggregation;

/// <summary>
/// Merges PCN-month partials into every area, window and period, computes the metrics, and adds SPC
/// and benchmark judgements. Rows stream out area by area (England, regions, ICBs, then PCNs) so a
/// national rebuild never holds every value at once.
/// </summary>
public static class Aggregator
{
    public static IEnumerable<AggregateRow> Rows(AggregationInput input)
    {
        var tree = new AreaTree(input.Organisations);
        var context = AggregationContext.Create(input, tree);
        var series = new AreaSeries(context.MonthCount, context.Index.Count);
        var comparators = new Dictionary<string, Dictionary<(Window, string), AggregateRow>>(StringComparer.Ordinal);
        foreach (var area in tree.All)
        {
            context.Fill(series, area);
            var rows = WindowRows(context, series, area, context.Facts(area)).ToList();
            Judgements.ApplySpc(rows, input, context.PlanFor(area));
            var england = comparators.GetValueOrDefault(tree.England.Code);
            var parent = area.Level == Level.Pcn && area.ParentCode is { } p ? comparators.GetValueOrDefault(p) : null;
            Judgements.ApplyBenchmarks(rows, england, parent);
            if (area.Level is Level.England or Level.Icb)
            {
                comparators[area.Code] = rows.ToDictionary(r => (r.Window, r.Period));
            }
            foreach (var row in rows)
            {
                if (input.Scope is null || input.Scope.Includes(row)) { yield return row; }
            }
        }
    }

    private static IEnumerable<AggregateRow> WindowRows(AggregationContext c, AreaSeries s, AreaNode area, AreaFacts facts)
    {
        var flow = new double[c.Index.Count];
        var r12 = new double[c.Index.Count];
        var months = c.MonthCount;
        var points = 0;
        for (var m = 0; m < months; m++)
        {
            var month = c.First.AddMonths(m);
            if (s.Month(m)[c.ReturnsPosition] > 0) { points++; }
            if (month < c.Input.From) { continue; }
            yield return Row(c, s, area, Window.Month, month.ToString(), m, m, m, points, flow, r12, facts);
            var fyStart = Math.Max(0, m - ((month.Number + 8) % 12));
            yield return Row(c, s, area, Window.Fytd, month.ToString(), fyStart, m, m, points, flow, r12, facts);
            yield return Row(c, s, area, Window.R12, month.ToString(), Math.Max(0, m - 11), m, m, points, flow, r12, facts);
            var quarter = month.Quarter;
            if (month == quarter.LastMonth || month == c.Input.To)
            {
                var first = Math.Max(0, m - ((month.Number + 8) % 3));
                yield return Row(c, s, area, Window.Quarter, quarter.ToString(), first, m, m, points, flow, r12, facts);
            }
        }
    }

    private static AggregateRow Row(AggregationContext c, AreaSeries s, AreaNode area, Window window, string period,
        int first, int last, int stockMonth, int points, double[] flow, double[] r12, AreaFacts facts)
    {
        var end = c.First.AddMonths(last);
        var r12First = Math.Max(0, last - 11);
        var input = new WindowInput(
            new VectorSource(c.Index, s.Sum(first, last, flow)),
            new VectorSource(c.Index, s.Month(stockMonth)),
            new VectorSource(c.Index, s.Sum(r12First, last, r12)),
            MonthsInWindow: last - first + 1,
            Rolling12Months: last - r12First + 1,
            RegisteredPatients: facts.Patients[last],
            PlannedWte: window == Window.Quarter || end == end.Quarter.LastMonth ? c.PlanFor(area).GetValueOrDefault(end.Quarter) : null,
            ReturnsExpected: facts.Expected(first, last),
            MaturityMonths: facts.Maturity[last],
            MonthlyPoints: points);
        return new AggregateRow(area, window, period, end, MetricCalculator.Calculate(input));
    }
}
