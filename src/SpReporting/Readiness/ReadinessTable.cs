using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Readiness;

/// <summary>
/// Every PCN's readiness month by month over a range that runs past the latest data (to the options'
/// horizon), worked out once so that any area and any review date is a sum over its PCNs.
/// </summary>
public sealed class ReadinessTable
{
    private readonly Dictionary<string, ReadinessReason[]> _status;
    private readonly Dictionary<string, Month?> _earliest;

    private ReadinessTable(Month first, Month last, ReadinessOptions options, Dictionary<string, ReadinessReason[]> status, Dictionary<string, Month?> earliest)
    {
        First = first;
        Last = last;
        Options = options;
        _status = status;
        _earliest = earliest;
    }

    public Month First { get; }
    public Month Last { get; }
    public ReadinessOptions Options { get; }

    public static ReadinessTable Build(IEnumerable<PcnHistory> pcns, Month first, Month latest, ReadinessOptions options)
    {
        var last = latest.AddMonths(options.HorizonMonths);
        var count = last.Index - first.Index + 1;
        var status = new Dictionary<string, ReadinessReason[]>(StringComparer.OrdinalIgnoreCase);
        var earliest = new Dictionary<string, Month?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pcn in pcns)
        {
            var row = new ReadinessReason[count];
            for (var i = 0; i < count; i++) { row[i] = ReadinessRule.Assess(pcn, first.AddMonths(i), options); }
            status[pcn.PcnCode] = row;
            earliest[pcn.PcnCode] = ReadinessRule.EarliestFair(pcn, options);
        }
        return new ReadinessTable(first, last, options, status, earliest);
    }

    /// <summary>
    /// Histories of every PCN of the reference list from the months each made a return and the month its
    /// service began; a PCN with neither is still listed (not started, or not open).
    /// </summary>
    public static IEnumerable<PcnHistory> Histories(OrganisationRegistry organisations, IEnumerable<(string Pcn, Month Month)> returned,
        IReadOnlyDictionary<string, Month> serviceStarts, Month latest)
    {
        var months = returned.GroupBy(r => r.Pcn, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<Month>)g.Select(r => r.Month).ToHashSet(), StringComparer.OrdinalIgnoreCase);
        foreach (var o in organisations.Pcns)
        {
            yield return new PcnHistory(o.PcnCode,
                serviceStarts.TryGetValue(o.PcnCode, out var start) ? start : null,
                months.GetValueOrDefault(o.PcnCode) ?? new HashSet<Month>(),
                Month.Of(o.OpenDate),
                o.CloseDate is { } closed ? Month.Of(closed) : null,
                latest);
        }
    }

    public bool Knows(string pcn) => _status.ContainsKey(pcn);

    public bool Covers(Month month) => month >= First && month <= Last;

    public ReadinessReason Status(string pcn, Month month) =>
        _status.TryGetValue(pcn, out var row) && Covers(month) ? row[month.Index - First.Index] : ReadinessReason.NotOpen;

    public Month? Earliest(string pcn) => _earliest.GetValueOrDefault(pcn);

    public AreaReadiness At(IEnumerable<string> pcns, Month month)
    {
        // Counted in place rather than through AreaReadiness.Add: England sums every PCN for every month.
        Span<int> counts = stackalloc int[Enum.GetValues<ReadinessReason>().Length];
        foreach (var pcn in pcns) { counts[(int)Status(pcn, month)]++; }
        var open = counts[(int)ReadinessReason.Fair] + counts[(int)ReadinessReason.NotStarted] + counts[(int)ReadinessReason.TooYoung]
            + counts[(int)ReadinessReason.TooFewPoints] + counts[(int)ReadinessReason.MissingReturns];
        return new AreaReadiness(open, counts[(int)ReadinessReason.Fair], counts[(int)ReadinessReason.NotStarted], counts[(int)ReadinessReason.TooYoung],
            counts[(int)ReadinessReason.TooFewPoints], counts[(int)ReadinessReason.MissingReturns], counts[(int)ReadinessReason.NotOpen]);
    }

    /// <summary>
    /// The month from which at least the options' share of the area's open PCNs is fair to judge at every month
    /// to the end of the range (as <see cref="ReadinessRule.EarliestFair"/>); null when not reached by then.
    /// </summary>
    public Month? ShareReached(IReadOnlyList<string> pcns)
    {
        if (!At(pcns, Last).IsFair(Options)) { return null; }
        var m = Last;
        while (m > First && At(pcns, m.AddMonths(-1)).IsFair(Options)) { m = m.AddMonths(-1); }
        return m;
    }
}
