namespace SpReporting.Dashboard;

/// <summary>
/// One monthly SPC series as published: the cells, the variation code of each judged point (empty where a
/// month is not part of the series), the assurance of the last point, the plan in force for its quarter
/// with that quarter's code, and how many leading months are before the service began.
/// </summary>
public sealed record JudgedSeries(
    IReadOnlyList<PublishedCell> Cells,
    IReadOnlyList<string> Variation,
    string Assurance,
    double? Target,
    string? TargetPeriod,
    int BeforeService);
