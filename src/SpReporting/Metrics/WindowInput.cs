using SpReporting.Partials;

namespace SpReporting.Metrics;

/// <summary>
/// What the metrics of one area and window are computed from: flows summed over the window, the
/// month-end position of its last month, the 12 months ending with it (turnover), and denominators
/// from reference data and ICB plans.
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
    int MonthlyPoints);
