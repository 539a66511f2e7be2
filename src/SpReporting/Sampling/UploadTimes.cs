using SpReporting.Periods;

namespace SpReporting.Sampling;

/// <summary>
/// When returns are uploaded: in working hours (UTC) after the period ends, mostly in the days before
/// the due date (the 15th of the next month), late ones up to a month after it; never after "now".
/// </summary>
internal static class UploadTimes
{
    public const int DueDay = 15;

    /// <summary>End of the due day, as validation judges lateness.</summary>
    public static DateTimeOffset DueBy(Month period) =>
        new(period.AddMonths(1).Start.AddDays(DueDay - 1).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);

    public static DateTimeOffset OnTime(Random r, Month period)
    {
        var day = Math.Clamp(DueDay - (int)r.Exponential(4), 1, DueDay);
        var date = period.AddMonths(1).Start.AddDays(day - 1);
        if (date.DayOfWeek == DayOfWeek.Saturday) { date = date.AddDays(date.Day > 1 ? -1 : 2); }
        if (date.DayOfWeek == DayOfWeek.Sunday) { date = date.AddDays(date.Day > 2 ? -2 : 1); }
        return InWorkingHours(r, date);
    }

    public static DateTimeOffset Late(Random r, Month period) =>
        InWorkingHours(r, period.AddMonths(1).Start.AddDays(DueDay + r.Next(0, 30)));

    public static DateTimeOffset InWorkingHours(Random r, DateOnly date) =>
        new(date.ToDateTime(new TimeOnly(8, 0)).AddMinutes(r.Next(0, 630)).AddSeconds(r.Next(60)), TimeSpan.Zero);

    /// <summary>Keeps a time between the first moment after the period and <paramref name="now"/>.</summary>
    public static DateTimeOffset NotAfter(DateTimeOffset t, DateTimeOffset now, Month periodEnd, Random r)
    {
        if (t <= now) { return t; }
        var floor = new DateTimeOffset(periodEnd.AddMonths(1).Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var pulled = now.AddMinutes(-r.Next(5, 600));
        return pulled < floor ? floor.AddSeconds((now - floor).TotalSeconds / 2) : pulled;
    }
}
