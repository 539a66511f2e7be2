namespace SpReporting.Returns.Pcn;

/// <summary>
/// One NoMAD survey respondent (Implementation sheet). Construct items are 1–5, null where blank or
/// <c>NR</c> (not relevant), so that means are taken over answered items only.
/// </summary>
public sealed record ImplementationResponse(
    string RespondentRole,
    double? Familiarity,
    double? NormalNow,
    double? NormalFuture,
    IReadOnlyList<double?> Coherence,
    IReadOnlyList<double?> CognitiveParticipation,
    IReadOnlyList<double?> CollectiveAction,
    IReadOnlyList<double?> ReflexiveMonitoring);
