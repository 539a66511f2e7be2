using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;

namespace SpReporting.Validation;

/// <summary>
/// What validation needs to know beyond the file: the reference list, when the upload was received
/// (for lateness and "in the future"), which periods are locked and the due day of the month.
/// </summary>
public sealed record ValidationContext(OrganisationRegistry Organisations, DateTimeOffset ReceivedAt)
{
    /// <summary>The return for month M is due by this day of M+1 (RETURNS.md; configurable).</summary>
    public int DueDay { get; init; } = 15;

    /// <summary>Locked periods as <c>pcn/2024-03</c> or <c>icb/2024-Q1</c> (SUB005).</summary>
    public IReadOnlySet<string> LockedPeriods { get; init; } = new HashSet<string>();

    public Reading.ReadLimits Limits { get; init; } = Reading.ReadLimits.Default;

    /// <summary>
    /// False for offline validation with no stated receipt time: "now" is not when the return will
    /// be received, so no upload is called late (SUB006) on that basis.
    /// </summary>
    public bool JudgeLateness { get; init; } = true;

    public bool IsLocked(ReturnKind kind, string period) =>
        LockedPeriods.Contains($"{(kind == ReturnKind.Pcn ? "pcn" : "icb")}/{period}");

    /// <summary>Due date (UK local day, taken as UTC end of day) for a monthly return.</summary>
    public DateTimeOffset DueBy(Month month)
    {
        var next = month.AddMonths(1).Start.AddDays(DueDay - 1);
        return new DateTimeOffset(next.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
    }

    public DateTimeOffset DueBy(Quarter quarter) => DueBy(quarter.LastMonth);

    public Month CurrentMonth => Month.Of(DateOnly.FromDateTime(ReceivedAt.UtcDateTime));
}
