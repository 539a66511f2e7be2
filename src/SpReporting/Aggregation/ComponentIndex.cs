using SpReporting.Partials;

namespace SpReporting.Aggregation;

/// <summary>
/// Dense positions for component names, so merging many partials is adding arrays rather than
/// dictionaries. Built once per rebuild from every name present.
/// </summary>
internal sealed class ComponentIndex
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public ComponentIndex(IEnumerable<Partial> partials)
    {
        foreach (var p in partials)
        {
            foreach (var key in p.Sums.Keys) { _positions.TryAdd(key, _positions.Count); }
        }
    }

    public int Count => _positions.Count;

    public int this[string component] => _positions.TryGetValue(component, out var i) ? i : -1;

    /// <summary>A partial as parallel arrays of positions and values, for fast adding.</summary>
    public (int[] Positions, double[] Values) Sparse(Partial partial)
    {
        var positions = new int[partial.Sums.Count];
        var values = new double[partial.Sums.Count];
        var i = 0;
        foreach (var (key, value) in partial.Sums)
        {
            positions[i] = _positions[key];
            values[i++] = value;
        }
        return (positions, values);
    }
}

/// <summary>A dense component vector read by name, for the metric calculator.</summary>
internal sealed class VectorSource(ComponentIndex index, double[] values) : IComponentSource
{
    public double[] Values { get; } = values;

    public double this[string component] => index[component] is var i and >= 0 ? Values[i] : 0;
}
