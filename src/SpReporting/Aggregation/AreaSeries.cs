namespace SpReporting.Aggregation;

/// <summary>
/// One area's components month by month over the range, with running totals so that any window's
/// sum is one subtraction. Scratch arrays are reused across windows.
/// </summary>
internal sealed class AreaSeries
{
    private readonly double[][] _months;
    private readonly double[][] _prefix;
    private readonly int _width;

    public AreaSeries(int months, int width)
    {
        _width = width;
        _months = new double[months][];
        _prefix = new double[months + 1][];
        for (var m = 0; m < months; m++) { _months[m] = new double[width]; }
        for (var m = 0; m <= months; m++) { _prefix[m] = new double[width]; }
    }

    public int Months => _months.Length;

    public void Clear()
    {
        foreach (var m in _months) { Array.Clear(m); }
    }

    public void Add(int month, int[] positions, double[] values)
    {
        var row = _months[month];
        for (var i = 0; i < positions.Length; i++) { row[positions[i]] += values[i]; }
    }

    public void Seal()
    {
        for (var m = 0; m < _months.Length; m++)
        {
            var prev = _prefix[m];
            var next = _prefix[m + 1];
            var row = _months[m];
            for (var k = 0; k < _width; k++) { next[k] = prev[k] + row[k]; }
        }
    }

    public double[] Month(int m) => _months[m];

    /// <summary>Whether any month has a non-zero value of the component at <paramref name="position"/>.</summary>
    public bool Any(int position) => _prefix[^1][position] != 0;

    /// <summary>One component's sum over months <paramref name="first"/>..<paramref name="last"/>; months before the range count as zero.</summary>
    public double SumOf(int first, int last, int position)
    {
        if (position < 0 || last < 0) { return 0; }
        first = Math.Max(0, first);
        return _prefix[last + 1][position] - _prefix[first][position];
    }

    /// <summary>Sum of months <paramref name="first"/>..<paramref name="last"/> inclusive into <paramref name="into"/>.</summary>
    public double[] Sum(int first, int last, double[] into)
    {
        var hi = _prefix[last + 1];
        var lo = _prefix[first];
        for (var k = 0; k < _width; k++) { into[k] = hi[k] - lo[k]; }
        return into;
    }
}
