namespace SpReporting.Readiness;

/// <summary>
/// Whether a PCN is fair to judge at a review month, or the first reason it is not. Reasons are checked
/// in this order, so each PCN has exactly one and the counts of a hierarchy add up.
/// </summary>
public enum ReadinessReason
{
    Fair,
    NotStarted,
    TooYoung,
    TooFewPoints,
    MissingReturns,

    /// <summary>Not open at the review month (closed before it, or not yet opened): left out of the share.</summary>
    NotOpen,
}

public static class ReadinessReasonText
{
    public static string ToCode(this ReadinessReason reason) => reason switch
    {
        ReadinessReason.Fair => "fair",
        ReadinessReason.NotStarted => "not_started",
        ReadinessReason.TooYoung => "too_young",
        ReadinessReason.TooFewPoints => "too_few_points",
        ReadinessReason.MissingReturns => "missing_returns",
        _ => "not_open",
    };

    public static ReadinessReason? FromCode(string? code) =>
        Enum.GetValues<ReadinessReason>().Select(r => (ReadinessReason?)r).FirstOrDefault(r => r!.Value.ToCode() == code);

    public static string Label(this ReadinessReason reason, ReadinessOptions options) => reason switch
    {
        ReadinessReason.Fair => "Fair to judge",
        ReadinessReason.NotStarted => "No link worker has started yet",
        ReadinessReason.TooYoung => $"Too young: the service has run for under {options.MinimumServiceMonths} months",
        ReadinessReason.TooFewPoints => $"Too few points: fewer than {options.MinimumPoints} monthly returns since the service began",
        ReadinessReason.MissingReturns => $"Missing returns: fewer than {options.MinimumRecentReturns} returns in the last {options.RecentMonths} months",
        _ => "Not open at the review date (closed, or not yet opened): not counted",
    };
}
