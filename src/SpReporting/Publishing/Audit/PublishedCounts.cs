using System.Globalization;
using SpReporting.Metrics;
using C = SpReporting.Publishing.MetricsCsvWriter.Column;

namespace SpReporting.Publishing.Audit;

/// <summary>
/// Every count of people a publication shows, read back from <c>metrics.csv</c> alone, as a reader
/// would: each count (by area, window, period and the count's name from the metric catalogue) with what
/// its published appearances tell, intersected over all of them. Also keeps the rows the inversion
/// attacks need (percentages with their intervals, rates with their populations).
/// </summary>
internal sealed class PublishedCounts
{
    private static readonly string[] WindowCodes = ["month", "quarter", "fytd", "r12"];
    private static readonly HashSet<string> DashboardMetrics = [.. Dashboard.DashboardMetrics.Month, .. Dashboard.DashboardMetrics.Quarter, .. Dashboard.DashboardMetrics.R12];

    // Keys packed into one number: a national publication has millions of cells, and string keys were the cost.
    private readonly Dictionary<long, int> _cells = [];
    private readonly Dictionary<string, int> _areaIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _periodIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countIds = new(StringComparer.Ordinal);

    public List<string> AreaCodes { get; } = [];
    public Dictionary<string, string> Parents { get; } = new(StringComparer.Ordinal);
    public HashSet<string> England { get; } = new(StringComparer.Ordinal);
    public List<string> Periods { get; } = [];
    public List<string> CountNames { get; } = [];

    public List<CellKey> Keys { get; } = [];
    public List<long> Low { get; } = [];
    public List<long> High { get; } = [];
    /// <summary>What the publication shows for the cell: a number, <c>[c]</c>, or empty where only a derived figure shows.</summary>
    public List<string> Shown { get; } = [];
    public List<bool> ShownExactly { get; } = [];

    public List<PercentRow> Percents { get; } = [];
    public List<RateRow> Rates { get; } = [];

    public int Count => Keys.Count;

    /// <summary>For each count, the sum that last narrowed it in the latest differencing (-1 for none).</summary>
    public int[] NarrowedBy { get; set; } = [];

    /// <summary>What the dashboard check compares: value (or note), interval and denominator of each row the dashboard shows.</summary>
    public Dictionary<long, (string Value, string Lower, string Upper, string Denominator)> DashboardRows { get; } = [];

    public static long Pack(int area, int window, int period, int item) => ((long)area << 40) | ((long)window << 36) | ((long)period << 20) | (uint)item;

    public static int WindowIndex(string window) => Array.IndexOf(WindowCodes, window);

    public int? Find(string area, string window, string period, string count) =>
        _areaIds.TryGetValue(area, out var a) && _periodIds.TryGetValue(period, out var p) && _countIds.TryGetValue(count, out var c)
        ? FindId(a, window, p, c) : null;

    public static PublishedCounts Read(TextReader csv)
    {
        var table = new PublishedCounts();
        var header = true;
        foreach (var f in CsvRecords.Read(csv))
        {
            if (header)
            {
                header = false;
                if (!f.SequenceEqual(MetricsCsvWriter.Header)) { throw new InvalidDataException("metrics.csv does not have the published columns."); }
                continue;
            }
            if (f.Length != MetricsCsvWriter.Header.Length) { throw new InvalidDataException("metrics.csv has a row with the wrong number of fields."); }
            table.Add(f);
        }
        return table;
    }

    private void Add(string[] f)
    {
        var (level, area, parent, period, window, metric) = (f[C.Level], f[C.AreaCode], f[C.ParentCode], f[C.Period], f[C.Window], f[C.Metric]);
        var (value, top, bottom, lower, upper) = (f[C.Value], f[C.Numerator], f[C.Denominator], f[C.Lower95], f[C.Upper95]);
        if (!MetricCatalog.TryGet(metric, out var d)) { return; }
        if (!_areaIds.ContainsKey(area))
        {
            _areaIds[area] = AreaCodes.Count;
            AreaCodes.Add(area);
            if (parent.Length > 0) { Parents[area] = parent; }
            if (level == "ENGLAND") { England.Add(area); }
        }
        var windowIndex = WindowIndex(window);
        if (windowIndex < 0) { return; }
        var exact = level == "ENGLAND";
        var note = f[C.Note];
        if (windowIndex != 2 && DashboardMetrics.Contains(metric))
        {
            DashboardRows[Pack(_areaIds[area], windowIndex, Id(_periodIds, Periods, period), MetricCatalog.IndexOf(metric))] =
                (note.Length > 0 ? note : value, lower, upper, bottom);
        }
        var withheld = note == Shorthand.Confidential;
        if (d.ValueCount is { } valueCount) { Appear(area, window, period, valueCount, withheld ? note : value, exact); }
        var numerator = d.NumeratorCount is { } n ? Appear(area, window, period, n, withheld ? "" : top, exact) : -1;
        var denominator = d.DenominatorCount is { } m ? Appear(area, window, period, m, withheld ? "" : bottom, exact) : -1;
        if (withheld || exact) { return; }
        if (d.Kind == MetricKind.Percent && numerator >= 0 && denominator >= 0)
        {
            Percents.Add(new PercentRow(area, window, period, metric, value, lower, upper, numerator, denominator));
        }
        if (d.Kind == MetricKind.Rate && numerator >= 0 && Number(value) is { } rate && Number(bottom) is { } patients)
        {
            Rates.Add(new RateRow(area, window, period, metric, rate, patients, numerator));
        }
    }

    /// <summary>Registers one appearance of a count; an empty text registers the count as existing but unknown.</summary>
    private int Appear(string area, string window, string period, string count, string text, bool exact)
    {
        var (a, p, c) = (_areaIds[area], Id(_periodIds, Periods, period), Id(_countIds, CountNames, count));
        var key = Pack(a, WindowIndex(window), p, c);
        if (!_cells.TryGetValue(key, out var i))
        {
            i = Keys.Count;
            _cells[key] = i;
            Keys.Add(new CellKey(a, WindowCodes[WindowIndex(window)], p, c));
            Low.Add(0);
            High.Add(CountBounds.Unbounded);
            Shown.Add("");
            ShownExactly.Add(false);
        }
        if (text.Length == 0) { return i; }
        var b = CountBounds.FromPublished(text, exact).Intersect(new CountBounds(Low[i], High[i]));
        (Low[i], High[i]) = (b.Low, b.High);
        if (Shown[i].Length == 0 || Shown[i] == Shorthand.Confidential) { Shown[i] = text; }
        ShownExactly[i] |= text != Shorthand.Confidential && (exact || text == "0");
        return i;
    }

    private static int Id(Dictionary<string, int> ids, List<string> names, string name)
    {
        if (ids.TryGetValue(name, out var id)) { return id; }
        ids[name] = names.Count;
        names.Add(name);
        return names.Count - 1;
    }

    public static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;

    public int? FindId(int area, string window, int period, int count) => _cells.TryGetValue(Pack(area, WindowIndex(window), period, count), out var i) ? i : null;

    public int? CountId(string name) => _countIds.TryGetValue(name, out var c) ? c : null;

    public int? PeriodId(string name) => _periodIds.TryGetValue(name, out var p) ? p : null;

    public int? TryAreaId(string code) => _areaIds.TryGetValue(code, out var a) ? a : null;

    public string Describe(int cell) => $"{AreaCodes[Keys[cell].Area]} {Keys[cell].Window} {Periods[Keys[cell].Period]} {CountNames[Keys[cell].Count]}";
}

internal readonly record struct CellKey(int Area, string Window, int Period, int Count);

internal sealed record PercentRow(string Area, string Window, string Period, string Metric, string Value, string Lower, string Upper, int Numerator, int Denominator);

internal sealed record RateRow(string Area, string Window, string Period, string Metric, double Rate, double Patients, int Count);
