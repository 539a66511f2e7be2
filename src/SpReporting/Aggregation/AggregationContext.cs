using SpReporting.Partials;
using SpReporting.Periods;

namespace SpReporting.Aggregation;

/// <summary>What every area's rows share in one rebuild: the component index, sparse partials by PCN, plans, and reference facts.</summary>
internal sealed class AggregationContext
{
    private readonly Dictionary<string, List<(int Month, int[] Positions, double[] Values)>> _byPcn = new(StringComparer.Ordinal);
    private readonly HashSet<(string Pcn, int Month)> _returned = [];
    private readonly Dictionary<string, DateOnly> _firstStart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<Quarter, double>> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reference.Organisation> _orgs;

    private AggregationContext(AggregationInput input, AreaTree tree, Month first)
    {
        Input = input;
        Tree = tree;
        First = first;
        MonthCount = input.To.Index - first.Index + 1;
        Index = new ComponentIndex(input.Partials.Values.Append(new Partial([KeyValuePair.Create(Components.Returns, 1.0)], null)));
        ReturnsPosition = Index[Components.Returns];
        _orgs = input.Organisations.Pcns.ToDictionary(o => o.PcnCode, StringComparer.Ordinal);
    }

    public AggregationInput Input { get; }
    public AreaTree Tree { get; }
    public Month First { get; }
    public int MonthCount { get; }
    public ComponentIndex Index { get; }
    public int ReturnsPosition { get; }

    /// <summary>Every PCN's review readiness by month, from all its returns (also those before the published range).</summary>
    public SpReporting.Readiness.ReadinessTable Readiness { get; private set; } = null!;

    public static AggregationContext Create(AggregationInput input, AreaTree tree)
    {
        // History before the published range still counts: FYTD, R12, turnover, SPC points and maturity look back.
        var earliest = input.Partials.Keys.Select(k => k.Month).DefaultIfEmpty(input.From).Min();
        var first = earliest < input.From.AddMonths(-11) ? earliest : input.From.AddMonths(-11);
        if (first < Month.FirstPcnMonth) { first = Month.FirstPcnMonth; }
        var c = new AggregationContext(input, tree, first);
        foreach (var ((pcn, month), partial) in input.Partials)
        {
            if (partial.FirstSplwStart is { } start && (!c._firstStart.TryGetValue(pcn, out var known) || start < known)) { c._firstStart[pcn] = start; }
            if (month < first || month > input.To) { continue; }
            var (positions, values) = c.Index.Sparse(partial);
            if (!c._byPcn.TryGetValue(pcn, out var list)) { c._byPcn[pcn] = list = []; }
            c._returned.Add((pcn, month.Index - first.Index));
            list.Add((month.Index - first.Index, positions, values));
        }
        var starts = c._firstStart.ToDictionary(s => s.Key, s => Month.Of(s.Value), StringComparer.Ordinal);
        // PCNs of an ICB with no return at all are left out, as that ICB is left out of publication (a sample of a few ICBs).
        var activeIcbs = input.Partials.Keys.Select(k => c._orgs.GetValueOrDefault(k.Pcn)?.IcbCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var histories = SpReporting.Readiness.ReadinessTable.Histories(input.Organisations, input.Partials.Keys.Where(k => k.Month <= input.To), starts, input.To)
            .Where(h => activeIcbs.Contains(c._orgs[h.PcnCode].IcbCode));
        c.Readiness = SpReporting.Readiness.ReadinessTable.Build(histories, first, input.To, input.Readiness);
        foreach (var ((pcn, quarter), wte) in input.Plans)
        {
            if (!c._plans.TryGetValue(pcn, out var q)) { c._plans[pcn] = q = []; }
            q[quarter] = wte;
        }
        return c;
    }

    public void Fill(AreaSeries series, AreaNode area)
    {
        series.Clear();
        foreach (var pcn in area.Pcns)
        {
            if (!_byPcn.TryGetValue(pcn, out var list)) { continue; }
            foreach (var (month, positions, values) in list) { series.Add(month, positions, values); }
        }
        series.Seal();
    }

    /// <summary>
    /// Whether a row's window overlaps the time its area was open: a PCN closed before a window (or opened after
    /// it) is left out of that window rather than shown as a row of [x]. Areas above PCN level always are open.
    /// </summary>
    public bool OpenDuring(AreaNode area, Window window, Month end)
    {
        if (area.Level != Level.Pcn || !_orgs.TryGetValue(area.Code, out var o)) { return true; }
        var first = window switch
        {
            Window.Quarter => end.Quarter.FirstMonth,
            Window.Fytd => end.Quarter.FirstMonth.AddMonths(-3 * (end.Quarter.Number - 1)),
            Window.R12 => end.AddMonths(-11),
            _ => end,
        };
        for (var m = first; m <= end; m = m.AddMonths(1))
        {
            if (o.IsOpenIn(m)) { return true; }
        }
        return false;
    }

    /// <summary>Planned WTE per quarter summed over the area's PCNs that have a plan.</summary>
    public Dictionary<Quarter, double> PlanFor(AreaNode area)
    {
        if (area.Level == Level.Pcn) { return _plans.GetValueOrDefault(area.Code) ?? []; }
        var sum = new Dictionary<Quarter, double>();
        foreach (var pcn in area.Pcns)
        {
            if (!_plans.TryGetValue(pcn, out var q)) { continue; }
            foreach (var (quarter, wte) in q) { sum[quarter] = sum.GetValueOrDefault(quarter) + wte; }
        }
        return sum;
    }

    /// <summary>Reference facts of one area month by month, worked out once per area rather than per window.</summary>
    public AreaFacts Facts(AreaNode area)
    {
        var patients = new double?[MonthCount];
        var expectedPrefix = new int[MonthCount + 1];
        var maturity = new double?[MonthCount];
        var ages = new List<double>(area.Pcns.Count);
        for (var m = 0; m < MonthCount; m++)
        {
            var month = First.AddMonths(m);
            double total = 0;
            var any = false;
            var expected = 0;
            ages.Clear();
            foreach (var pcn in area.Pcns)
            {
                var o = _orgs[pcn];
                if (o.IsOpenIn(month))
                {
                    expected++;
                    // Rates are per patient of the PCNs that made a return: a missing return is not a month without referrals.
                    if (o.RegisteredPatients is { } n && _returned.Contains((pcn, m))) { total += n; any = true; }
                }
                if (_firstStart.TryGetValue(pcn, out var start) && start <= month.End)
                {
                    // Calendar months, so consecutive periods are one month apart.
                    ages.Add(month.Index - Month.Of(start).Index);
                }
            }
            patients[m] = any ? total : null;
            expectedPrefix[m + 1] = expectedPrefix[m] + expected;
            maturity[m] = Median(ages);
        }
        return new AreaFacts(patients, expectedPrefix, maturity);
    }

    /// <summary>Months since the first link worker started; for an area, the median over its PCNs that have begun.</summary>
    private static double? Median(List<double> values)
    {
        if (values.Count == 0) { return null; }
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}

/// <summary>Registered patients, expected returns (running total) and maturity of one area by month index.</summary>
internal sealed record AreaFacts(double?[] Patients, int[] ExpectedPrefix, double?[] Maturity)
{
    public int Expected(int first, int last) => ExpectedPrefix[last + 1] - ExpectedPrefix[first];
}
