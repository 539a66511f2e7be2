using SpReporting.Metrics;
using SpReporting.Returns.Pcn;

namespace SpReporting.Aggregation;

/// <summary>
/// Merges PCN-month partials into every area, window and period, computes the metrics, and adds SPC
/// and benchmark judgements. England, regions and ICBs are done first (they are the comparators),
/// then PCNs. Rows stream out, so a national rebuild never holds every value at once. (Running PCNs
/// in parallel was measured slower on two cores: the allocation rate, not the arithmetic, is the limit.)
/// </summary>
public static class Aggregator
{
    public static IEnumerable<AggregateRow> Rows(AggregationInput input)
    {
        var tree = new AreaTree(input.Organisations);
        var context = AggregationContext.Create(input, tree);
        var comparators = new Dictionary<string, Dictionary<(Window, string), AggregateRow>>(StringComparer.Ordinal);
        var series = new AreaSeries(context.MonthCount, context.Index.Count);
        var activeIcbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in tree.All.Where(a => a.Level != Level.Pcn))
        {
            var rows = Area(context, series, area, comparators, skipIfEmpty: true);
            if (area.Level == Level.Icb && rows.Count > 0) { activeIcbs.Add(area.Code); }
            if (area.Level is Level.England or Level.Icb)
            {
                comparators[area.Code] = rows.ToDictionary(r => (r.Window, r.Period));
            }
            foreach (var row in rows.Where(r => input.Scope is null || input.Scope.Includes(r))) { yield return row; }
        }
        foreach (var area in tree.Pcns)
        {
            // A PCN with no return at all is still published (as missing) when its ICB has data.
            var skip = !activeIcbs.Contains(area.ParentCode ?? "");
            foreach (var row in Area(context, series, area, comparators, skip).Where(r => input.Scope is null || input.Scope.Includes(r))) { yield return row; }
        }
    }

    private static List<AggregateRow> Area(AggregationContext context, AreaSeries series, AreaNode area,
        IReadOnlyDictionary<string, Dictionary<(Window, string), AggregateRow>> comparators, bool skipIfEmpty)
    {
        context.Fill(series, area);
        // An area with no return at all in the range has nothing to publish (a sample of a few ICBs, say).
        if (skipIfEmpty && !series.Any(context.ReturnsPosition)) { return []; }
        var facts = context.Facts(area);
        var rows = WindowRows(context, series, area, facts).Where(r => context.OpenDuring(area, r.Window, r.End)).ToList();
        // A PCN's months before its first link worker started are not part of its series (docs/statistics.md).
        Func<Periods.Month, bool> inService = area.Level == Level.Pcn ? m => facts.Maturity[m.Index - context.First.Index] is not null : _ => true;
        Judgements.ApplySpc(rows, context.Input, context.PlanFor(area), inService);
        ReadinessValues.Apply(rows, area, context.Readiness);
        var england = comparators.GetValueOrDefault(context.Tree.England.Code);
        var parent = area.Level == Level.Pcn && area.ParentCode is { } p ? comparators.GetValueOrDefault(p) : null;
        Judgements.ApplyBenchmarks(rows, england, parent);
        return rows;
    }

    /// <summary>
    /// Monthly rows are always computed (SPC needs the whole series); other windows only at milestones
    /// and when in scope.
    /// </summary>
    private static IEnumerable<AggregateRow> WindowRows(AggregationContext c, AreaSeries s, AreaNode area, AreaFacts facts)
    {
        var flow = new double[c.Index.Count];
        var r12 = new double[c.Index.Count];
        var scope = c.Input.Scope;
        bool Wanted(Window w, string period) => scope is null || scope.Windows.Contains((w, period));
        var points = 0;
        for (var m = 0; m < c.MonthCount; m++)
        {
            var month = c.First.AddMonths(m);
            if (s.Month(m)[c.ReturnsPosition] > 0) { points++; }
            if (month < c.Input.From) { continue; }
            var period = month.ToString();
            // A monthly row that this refresh will not rewrite only feeds SPC: compute just those metrics.
            var seriesOnly = scope is not null && !scope.SeriesAreas.Contains(area.Code) && !scope.Windows.Contains((Window.Month, period));
            yield return Row(c, s, area, Window.Month, period, m, m, points, flow, r12, facts, seriesOnly);
            var quarter = month.Quarter;
            if (!IsMilestone(month, c.Input.To)) { continue; }
            if (Wanted(Window.Fytd, period))
            {
                yield return Row(c, s, area, Window.Fytd, period, Math.Max(0, m - ((month.Number + 8) % 12)), m, points, flow, r12, facts);
            }
            if (Wanted(Window.R12, period))
            {
                yield return Row(c, s, area, Window.R12, period, Math.Max(0, m - 11), m, points, flow, r12, facts);
            }
            if (Wanted(Window.Quarter, quarter.ToString()))
            {
                yield return Row(c, s, area, Window.Quarter, quarter.ToString(), Math.Max(0, m - ((month.Number + 8) % 3)), m, points, flow, r12, facts);
            }
        }
    }

    /// <summary>
    /// Longer windows end at quarter ends and at the latest month only: a monthly FYTD or R12 series
    /// would repeat the monthly one a dozen times over and multiply what is stored and published.
    /// </summary>
    public static bool IsMilestone(Periods.Month month, Periods.Month latest) => month == month.Quarter.LastMonth || month == latest;

    private static AggregateRow Row(AggregationContext c, AreaSeries s, AreaNode area, Window window, string period,
        int first, int last, int points, double[] flow, double[] r12, AreaFacts facts, bool seriesOnly = false)
    {
        var end = c.First.AddMonths(last);
        var r12First = Math.Max(0, last - 11);
        var input = new WindowInput(
            new VectorSource(c.Index, s.Sum(first, last, flow)),
            new VectorSource(c.Index, s.Month(last)),
            new VectorSource(c.Index, s.Sum(r12First, last, r12)),
            MonthsInWindow: last - first + 1,
            Rolling12Months: last - r12First + 1,
            RegisteredPatients: facts.Patients[last],
            PlannedWte: window == Window.Quarter || end == end.Quarter.LastMonth ? c.PlanFor(area).GetValueOrDefault(end.Quarter) : null,
            ReturnsExpected: facts.Expected(first, last),
            MaturityMonths: facts.Maturity[last],
            MonthlyPoints: points,
            ClosuresDue: s.SumOf(first - UtilisationRow.WindowMonths, last - UtilisationRow.WindowMonths, c.Index[Partials.Components.Closures]));
        return new AggregateRow(area, window, period, end, seriesOnly ? MetricCalculator.CalculateSpcSeries(input) : MetricCalculator.Calculate(input));
    }
}
