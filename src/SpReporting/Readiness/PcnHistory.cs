using SpReporting.Periods;

namespace SpReporting.Readiness;

/// <summary>
/// What the readiness rule needs to know of one PCN: when its service began (the month of its first link
/// worker's start), the months it made a return, when it was open, and the latest month with data. No
/// personal data: months and a PCN code only.
/// </summary>
public sealed record PcnHistory(string PcnCode, Month? ServiceStart, IReadOnlySet<Month> Returned, Month Opened, Month? Closed, Month LatestData)
{
    public bool IsOpenIn(Month month) => month >= Opened && (Closed is null || month <= Closed.Value);

    /// <summary>
    /// A return in the month: known up to the latest data; after it, assumed for every month the PCN is open,
    /// so a future review date shows when a PCN will be fair if its returns keep coming.
    /// </summary>
    public bool HasReturn(Month month) => month <= LatestData ? Returned.Contains(month) : IsOpenIn(month);
}
