namespace SpReporting.Aggregation;

/// <summary>The levels values are published at, from the reference hierarchy.</summary>
public enum Level
{
    Pcn,
    Icb,
    Region,
    England,
}
