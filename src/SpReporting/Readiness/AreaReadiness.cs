namespace SpReporting.Readiness;

/// <summary>
/// Readiness of a group of PCNs (an ICB, region or England) at one review month: how many are open, how
/// many of those are fair to judge, and the first reason of each of the rest. Counts of PCNs, not people.
/// </summary>
public sealed record AreaReadiness(int Considered, int Fair, int NotStarted, int TooYoung, int TooFewPoints, int MissingReturns, int NotOpen)
{
    public static AreaReadiness Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Share of open PCNs fair to judge, 0–1; null when none is open.</summary>
    public double? Share => Considered > 0 ? (double)Fair / Considered : null;

    /// <summary>The area is fair to judge when at least the options' share of its open PCNs are.</summary>
    public bool IsFair(ReadinessOptions options) => Share is { } s && s >= options.AreaShare - 1e-12;
}
