namespace SpReporting.Readiness;

/// <summary>
/// The parameters of the review readiness rule (docs/metrics.md, "Review readiness"), in one place so
/// that every product judges a PCN by the same rule.
/// </summary>
/// <param name="MinimumServiceMonths">Calendar months since the service began (as <c>maturity_months</c>) at least this.</param>
/// <param name="MinimumPoints">Months with a return since the service began, at least this (an SPC chart needs 12).</param>
/// <param name="RecentMonths">The window, ending at the review month, in which returns must be regular.</param>
/// <param name="MinimumRecentReturns">Returns in that window, at least this.</param>
/// <param name="AreaShare">An ICB, region or England is fair to judge when at least this share of its open PCNs is.</param>
/// <param name="HorizonMonths">How far past the latest data the projection looks for an earliest month.</param>
public sealed record ReadinessOptions(
    int MinimumServiceMonths = 24,
    int MinimumPoints = 12,
    int RecentMonths = 12,
    int MinimumRecentReturns = 10,
    double AreaShare = 0.8,
    int HorizonMonths = 36)
{
    public static ReadinessOptions Default { get; } = new();
}
