using SpReporting.Periods;

namespace SpReporting.Partials;

/// <summary>
/// The mergeable metric components of one PCN-month: counts, sums, sums of squares and fixed-bucket
/// histograms, keyed by component name (see <see cref="Components"/>), plus the earliest SPLW start
/// date seen (merged by minimum). Adding partials gives any area and window exactly, never an
/// average of averages. Immutable.
/// </summary>
public sealed class Partial : IComponentSource
{
    private readonly SortedDictionary<string, double> _sums;

    public Partial(IEnumerable<KeyValuePair<string, double>> sums, DateOnly? firstSplwStart)
    {
        _sums = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (k, v) in sums) { _sums[k] = _sums.GetValueOrDefault(k) + v; }
        // Zero components are dropped so that equal totals compare equal however they were reached.
        foreach (var k in _sums.Where(kv => kv.Value == 0).Select(kv => kv.Key).ToList()) { _sums.Remove(k); }
        FirstSplwStart = firstSplwStart;
    }

    public static Partial Empty { get; } = new([], null);

    public IReadOnlyDictionary<string, double> Sums => _sums;
    public DateOnly? FirstSplwStart { get; }

    public double this[string component] => _sums.GetValueOrDefault(component);

    /// <summary>Associative and commutative: sums add, the first start date is the earlier.</summary>
    public Partial Merge(Partial other)
    {
        var first = (FirstSplwStart, other.FirstSplwStart) switch
        {
            (null, var b) => b,
            (var a, null) => a,
            (var a, var b) => a < b ? a : b,
        };
        return new Partial(_sums.Concat(other._sums), first);
    }

    public static Partial MergeAll(IEnumerable<Partial> partials) =>
        partials.Aggregate(Empty, (acc, p) => acc.Merge(p));

    public bool SameAs(Partial other) =>
        FirstSplwStart == other.FirstSplwStart && _sums.Count == other._sums.Count
        && _sums.All(kv => other._sums.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));
}
