using SpReporting.Periods;

namespace SpReporting.Readiness;

/// <summary>
/// The one rule for whether a PCN is fair to judge at a review month (docs/metrics.md, "Review readiness"):
/// the service has run at least 24 months, has at least 12 monthly points since it began, and has returns for
/// at least 10 of the 12 months ending with the review month.
/// </summary>
public static class ReadinessRule
{
    public static ReadinessReason Assess(PcnHistory pcn, Month review, ReadinessOptions options)
    {
        if (!pcn.IsOpenIn(review)) { return ReadinessReason.NotOpen; }
        if (pcn.ServiceStart is not { } start || start > review) { return ReadinessReason.NotStarted; }
        if (review.Index - start.Index < options.MinimumServiceMonths) { return ReadinessReason.TooYoung; }
        if (pcn.ReturnsBetween(start, review) < options.MinimumPoints) { return ReadinessReason.TooFewPoints; }
        var recent = pcn.ReturnsBetween(review.AddMonths(1 - options.RecentMonths), review);
        return recent < options.MinimumRecentReturns ? ReadinessReason.MissingReturns : ReadinessReason.Fair;
    }

    /// <summary>
    /// The month from which the rule holds at every month up to the horizon past the latest data (so the answer
    /// to "when will it be fair to judge?" is not a month it passed once and has since fallen back from); null
    /// when it does not hold at the horizon (no service yet, or closed).
    /// </summary>
    public static Month? EarliestFair(PcnHistory pcn, ReadinessOptions options)
    {
        var m = pcn.LatestData.AddMonths(options.HorizonMonths);
        if (Assess(pcn, m, options) != ReadinessReason.Fair) { return null; }
        while (Assess(pcn, m.AddMonths(-1), options) == ReadinessReason.Fair) { m = m.AddMonths(-1); }
        return m;
    }
}
