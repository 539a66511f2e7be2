using SpReporting.Periods;

namespace SpReporting.Readiness;

/// <summary>
/// What the readiness rule needs to know of one PCN: when its service began (the month of its first link
/// worker's start), the months it made a return, when it was open, and the latest month with data. No
/// personal data: months and a PCN code only.
/// </summary>
public sealed record PcnHistory(string PcnCode, Month? ServiceStart, IReadOnlySet<Month> Returned, Month Opened, Month? Closed, Month LatestData)
{
    // Running count of returns up to the latest data, so the rule's counts cost the same for any window.
    private readonly int _firstIndex = FirstIndex(Returned, LatestData);
    private readonly int[] _prefix = Prefix(Returned, FirstIndex(Returned, LatestData), LatestData.Index);

    public bool IsOpenIn(Month month) => month >= Opened && (Closed is null || month <= Closed.Value);

    /// <summary>
    /// A return in the month: known up to the latest data; after it, assumed for every month the PCN is open,
    /// so a future review date shows when a PCN will be fair if its returns keep coming.
    /// </summary>
    public bool HasReturn(Month month) => month <= LatestData ? Returned.Contains(month) : IsOpenIn(month);

    /// <summary>How many months from <paramref name="from"/> to <paramref name="to"/> (inclusive) have a return, as <see cref="HasReturn"/> says.</summary>
    public int ReturnsBetween(Month from, Month to)
    {
        if (to < from) { return 0; }
        var count = 0;
        var knownFrom = Math.Max(from.Index, _firstIndex);
        var knownTo = Math.Min(to.Index, LatestData.Index);
        if (knownTo >= knownFrom) { count += _prefix[knownTo - _firstIndex + 1] - _prefix[knownFrom - _firstIndex]; }
        // After the latest data: every month the PCN is open.
        var openFrom = Math.Max(Math.Max(from.Index, LatestData.Index + 1), Opened.Index);
        var openTo = Closed is { } closed ? Math.Min(to.Index, closed.Index) : to.Index;
        if (openTo >= openFrom) { count += openTo - openFrom + 1; }
        return count;
    }

    private static int FirstIndex(IReadOnlySet<Month> returned, Month latest) =>
        returned.Count == 0 ? latest.Index : Math.Min(returned.Min(m => m.Index), latest.Index);

    private static int[] Prefix(IReadOnlySet<Month> returned, int first, int last)
    {
        var prefix = new int[last - first + 2];
        for (var i = first; i <= last; i++) { prefix[i - first + 1] = prefix[i - first] + (returned.Contains(Month.FromIndex(i)) ? 1 : 0); }
        return prefix;
    }
}
