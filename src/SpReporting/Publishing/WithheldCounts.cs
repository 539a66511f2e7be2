using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Publishing.Audit;

namespace SpReporting.Publishing;

/// <summary>
/// Complementary suppression (docs/metrics.md, "Disclosure control", rule 3): counts withheld so that an
/// exact sum the publication shows cannot give back another withheld count. For each count the audit
/// pins through a sum, the smallest other published member of that sum below England is withheld (ties by
/// area code, then count name; never a 0, which is always shown). England is the published exact total: a
/// sum whose total is England is protected by another of its children, and an England figure is withheld
/// only where no member below England can protect the count (a small sample where England is one region
/// with figures and the others 0); the publication is then
/// written and audited again until nothing is pinned. A withheld count withholds every value that shows
/// it (a count, or a percentage, rate or mean built on it).
/// </summary>
public sealed class WithheldCounts
{
    private static readonly Dictionary<string, int[]> MetricsShowing = MetricCatalog.All
        .SelectMany((d, i) => new[] { d.ValueCount, d.NumeratorCount, d.DenominatorCount }.OfType<string>().Select(c => (Count: c, Index: i)))
        .GroupBy(x => x.Count, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Index).Distinct().ToArray(), StringComparer.Ordinal);

    private readonly HashSet<(string Area, string Window, string Period, string Count)> _cells = [];
    private readonly HashSet<(string Area, string Window, string Period)> _rows = [];

    public int Count => _cells.Count;

    public IEnumerable<(string Area, string Window, string Period, string Count)> Cells => _cells;

    public bool Add(string area, string window, string period, string count)
    {
        _rows.Add((area, window, period));
        return _cells.Add((area, window, period, count));
    }

    /// <summary>Marks the values of a row that show a withheld count; rows are otherwise left as they are.</summary>
    public void Mark(IEnumerable<AggregateRow> rows)
    {
        if (_cells.Count == 0) { return; }
        foreach (var row in rows)
        {
            var window = row.Window.ToCode();
            if (!_rows.Contains((row.Area.Code, window, row.Period))) { continue; }
            foreach (var (count, metrics) in MetricsShowing)
            {
                if (!_cells.Contains((row.Area.Code, window, row.Period, count))) { continue; }
                foreach (var i in metrics) { row.Update(i, row.Values[i] with { Withheld = true }); }
            }
        }
    }

    /// <summary>
    /// Chooses complements for every count the audit pinned through a sum, then differences again in memory with
    /// those counts withheld, and again, until nothing is pinned (withholding only removes what a reader knows,
    /// so the written publication is at least as safe; the caller writes and audits it again to be sure).
    /// Returns how many were added.
    /// </summary>
    public int AddComplements(AuditResult audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var t = audit.Table;
        var added = 0;
        var recoveries = audit.Recoveries;
        for (var pass = 0; pass < MaximumPasses; pass++)
        {
            var chosen = Choose(audit, recoveries);
            if (chosen.Count == 0) { break; }
            foreach (var cell in chosen)
            {
                var key = Key(t, cell);
                if (Add(key.Area, key.Window, key.Period, key.Count)) { added++; }
            }
            // Start again from what the inversions left, with every complement so far shown as [c].
            for (var i = 0; i < t.Count; i++) { (t.Low[i], t.High[i]) = (audit.Published.Low[i], audit.Published.High[i]); }
            foreach (var (area, window, period, count) in _cells)
            {
                if (t.Find(area, window, period, count) is not { } cell) { continue; }
                (t.Low[cell], t.High[cell]) = (1, CountBounds.Unbounded);
                (audit.Published.Low[cell], audit.Published.High[cell]) = (1, CountBounds.Unbounded);
                t.Shown[cell] = Shorthand.Confidential;
                t.ShownExactly[cell] = false;
            }
            recoveries = [];
            PublicationAudit.Differencing(t, audit.Relations, audit.Published, recoveries);
        }
        return added;
    }

    private const int MaximumPasses = 200;

    private List<int> Choose(AuditResult audit, IEnumerable<Recovery> recoveries)
    {
        var t = audit.Table;
        var done = new HashSet<int>();
        var chosen = new List<int>();
        foreach (var r in recoveries.Where(r => r.Relation >= 0)
            .OrderBy(r => r.Area, StringComparer.Ordinal).ThenBy(r => r.Window, StringComparer.Ordinal)
            .ThenBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Count, StringComparer.Ordinal))
        {
            if (!done.Add(r.Relation)) { continue; }
            var pinned = t.Find(r.Area, r.Window, r.Period, r.Count);
            // England is the published exact total: a complement is taken below it wherever one can protect the count.
            var choice = Candidate(audit, r.Relation, pinned ?? -1, chosen, depth: 0, england: false)
                ?? Candidate(audit, r.Relation, pinned ?? -1, chosen, depth: 0, england: true);
            if (choice is { } cell) { chosen.Add(cell); }
        }
        return chosen;
    }

    /// <summary>
    /// The smallest other published member of a sum; where every other member is already withheld but was itself
    /// worked out through another sum, the smallest member of that one (the chain is followed a few steps).
    /// </summary>
    private int? Candidate(AuditResult audit, int relationIndex, int pinned, List<int> chosen, int depth, bool england)
    {
        var t = audit.Table;
        var relation = audit.Relations[relationIndex];
        var members = relation.Members.Prepend(relation.Total).Where(c => c != pinned).ToList();
        var choice = members
            .Select(c => (Cell: c, Shown: PublishedCounts.Number(t.Shown[c])))
            .Where(c => c.Shown is > 0 && (england || !t.England.Contains(t.AreaCodes[t.Keys[c.Cell].Area])) && !_cells.Contains(Key(t, c.Cell)) && !chosen.Contains(c.Cell))
            .OrderBy(c => c.Shown).ThenBy(c => t.AreaCodes[t.Keys[c.Cell].Area], StringComparer.Ordinal)
            .ThenBy(c => t.CountNames[t.Keys[c.Cell].Count], StringComparer.Ordinal)
            .Select(c => (int?)c.Cell).FirstOrDefault();
        if (choice is not null || depth >= 4) { return choice; }
        foreach (var c in members.Where(c => t.Low[c] == t.High[c] && PublishedCounts.Number(t.Shown[c]) is null && t.NarrowedBy.Length > c && t.NarrowedBy[c] >= 0 && t.NarrowedBy[c] != relationIndex))
        {
            if (Candidate(audit, t.NarrowedBy[c], c, chosen, depth + 1, england) is { } deeper) { return deeper; }
        }
        return null;
    }

    private static (string Area, string Window, string Period, string Count) Key(PublishedCounts t, int cell)
    {
        var k = t.Keys[cell];
        return (t.AreaCodes[k.Area], k.Window, t.Periods[k.Period], t.CountNames[k.Count]);
    }
}
