using SpReporting.Metrics;
using SpReporting.Periods;

namespace SpReporting.Publishing.Audit;

/// <summary>
/// The exact sums a publication shows between its counts of people (docs/metrics.md, "Disclosure
/// control"): a parent area and its children; a quarter, year to date or 12 months and its months, and a
/// longer window and a shorter one ending with it plus the months between; a total and its categories
/// (<see cref="CountDeclarations.Totals"/>). A count a publication leaves out is 0 (rows with no data are
/// not written). A window reaching back before the first published month is left out, as the months
/// before it are not shown.
/// </summary>
internal static class AdditiveRelations
{
    public static List<Relation> Build(PublishedCounts t)
    {
        var relations = new List<Relation>();
        Hierarchy(t, relations);
        Windows(t, relations);
        Categories(t, relations);
        return relations;
    }

    private static void Hierarchy(PublishedCounts t, List<Relation> relations)
    {
        var children = new Dictionary<int, List<int>>();
        for (var i = 0; i < t.Count; i++)
        {
            var k = t.Keys[i];
            if (!t.Parents.TryGetValue(t.AreaCodes[k.Area], out var parentCode) || t.TryAreaId(parentCode) is not { } parent) { continue; }
            if (t.FindId(parent, k.Window, k.Period, k.Count) is not { } total) { continue; }
            if (!children.TryGetValue(total, out var list)) { children[total] = list = []; }
            list.Add(i);
        }
        foreach (var (total, members) in children.OrderBy(c => c.Key)) { relations.Add(new Relation(total, [.. members], "hierarchy: parent minus its other children")); }
    }

    private static void Windows(PublishedCounts t, List<Relation> relations)
    {
        var months = t.Periods.Where(p => p.Length == 7 && Month.TryParse(p, out _)).Select(Month.Parse).Where(m => t.PeriodId(m.ToString()) is not null).ToList();
        if (months.Count == 0) { return; }
        var first = months.Min();
        var monthIds = months.ToDictionary(m => m, m => t.PeriodId(m.ToString())!.Value);
        var latest = months.Max();
        var stock = MetricCatalog.All.Where(d => d.CountsStock).SelectMany(d => new[] { d.NumeratorCount, d.DenominatorCount }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var longer = new Dictionary<(int Area, int Count, Month End), List<(int Cell, Month Start)>>();
        for (var i = 0; i < t.Count; i++)
        {
            var k = t.Keys[i];
            if (k.Window == "month" || stock.Contains(t.CountNames[k.Count])) { continue; }
            if (Span(k.Window, t.Periods[k.Period], first, latest) is not { } span) { continue; }
            var parts = MonthCells(t, monthIds, k, span.Start, span.End);
            if (parts is null) { continue; }
            relations.Add(new Relation(i, parts, $"window: {k.Window} minus its other months"));
            var key = (k.Area, k.Count, span.End);
            if (!longer.TryGetValue(key, out var list)) { longer[key] = list = []; }
            list.Add((i, span.Start));
        }
        // A longer window minus a shorter one ending in the same month leaves the months between (12 months minus year to date).
        foreach (var ((area, count, _), cells) in longer)
        {
            foreach (var big in cells)
            {
                foreach (var small in cells.Where(s => s.Start > big.Start))
                {
                    var between = MonthCells(t, monthIds, t.Keys[big.Cell], big.Start, small.Start.AddMonths(-1));
                    if (between is null) { continue; }
                    relations.Add(new Relation(big.Cell, [small.Cell, .. between], $"window: {t.Keys[big.Cell].Window} minus {t.Keys[small.Cell].Window}"));
                }
            }
        }
    }

    /// <summary>The months a window covers (quarter to date at the latest month), or null where it reaches before the first published month.</summary>
    private static (Month Start, Month End)? Span(string window, string period, Month first, Month latest)
    {
        Month start, end;
        if (window == "quarter")
        {
            if (!Quarter.TryParse(period, out var q)) { return null; }
            (start, end) = (q.FirstMonth, q.LastMonth < latest ? q.LastMonth : latest);
        }
        else if (Month.TryParse(period, out var m))
        {
            end = m;
            start = window == "fytd" ? new Month(m.Quarter.FinancialYear, 4) : m.AddMonths(-11);
            if (window is not ("fytd" or "r12")) { return null; }
        }
        else { return null; }
        return start < first ? null : (start, end);
    }

    private static int[]? MonthCells(PublishedCounts t, Dictionary<Month, int> monthIds, CellKey k, Month start, Month end)
    {
        var cells = new List<int>();
        for (var m = start; m <= end; m = m.AddMonths(1))
        {
            if (!monthIds.TryGetValue(m, out var p)) { return null; }
            if (t.FindId(k.Area, "month", p, k.Count) is { } c) { cells.Add(c); }
        }
        return [.. cells];
    }

    private static void Categories(PublishedCounts t, List<Relation> relations)
    {
        var totals = CountDeclarations.Totals
            .Select(r => (Total: t.CountId(r.Total), Members: r.Members.Select(t.CountId).OfType<int>().ToArray(), r.Total))
            .Where(r => r.Total is not null && r.Members.Length > 0).ToList();
        for (var i = 0; i < t.Count; i++)
        {
            var k = t.Keys[i];
            foreach (var (total, members, name) in totals)
            {
                if (k.Count != total) { continue; }
                var parts = members.Select(m => t.FindId(k.Area, k.Window, k.Period, m)).OfType<int>().ToArray();
                // Only where the categories are shown at all: otherwise "absent = 0" would not hold.
                if (parts.Length == 0) { continue; }
                relations.Add(new Relation(i, parts, $"categories: {name} minus its other categories"));
            }
        }
    }
}

/// <summary>An exact sum the publication shows: the total cell equals the sum of the member cells.</summary>
internal sealed record Relation(int Total, int[] Members, string How);
