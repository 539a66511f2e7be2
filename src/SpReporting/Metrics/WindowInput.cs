using SpReporting.Partials;

namespace SpReporting.Metrics;

/// <summary>
/// What the metrics of one area and window are computed from: flows summed over the window, the
/// month-end position of its last month, the 12 months ending with it (turnover), and denominators
/// from reference data and ICB plans. <see cref="ClosuresDue"/> is the CLOSED referrals of the same
/// window six months earlier, whose after-windows end in this one: the denominator of
/// <c>use_coverage_pct</c> (docs/metrics.md).
/// </summary>
public sealed record WindowInput(
    IComponentSource Flow,
    IComponentSource Stock,
    IComponentSource Rolling12,
    int MonthsInWindow,
    int Rolling12Months,
    double? RegisteredPatients,
    double? PlannedWte,
    int ReturnsExpected,
    double? MaturityMonths,
    int MonthlyPoints,
    double ClosuresDue = 0);
