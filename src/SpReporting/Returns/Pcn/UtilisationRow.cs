using SpReporting.Periods;

namespace SpReporting.Returns.Pcn;

/// <summary>
/// Health-service use of one closed referral, six months before referral and six months after closure
/// (Utilisation sheet, schema version 2). Counts only; the referral is identified by its pseudonym.
/// A&amp;E counts are optional and used only where both are given.
/// </summary>
public sealed record UtilisationRow(
    string ReferralId,
    DateOnly ClosedDate,
    int GpConsultsBefore,
    int GpConsultsAfter,
    int? AeAttendancesBefore,
    int? AeAttendancesAfter)
{
    /// <summary>Months in each before and after window.</summary>
    public const int WindowMonths = 6;

    /// <summary>The last day of the after-window: six months from the day after closure (closed 31 March: 1 April to 30 September).</summary>
    public static DateOnly AfterWindowEnd(DateOnly closed) => closed.AddMonths(WindowMonths);

    /// <summary>The month whose return reports a referral closed on <paramref name="closed"/>: closed in March, reported in September.</summary>
    public static Month ReportMonth(DateOnly closed) => Month.Of(AfterWindowEnd(closed));
}
