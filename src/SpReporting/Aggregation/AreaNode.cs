namespace SpReporting.Aggregation;

/// <summary>An area of the hierarchy with the PCNs it is built from and its parent.</summary>
public sealed record AreaNode(Level Level, string Code, string Name, string? ParentCode, IReadOnlyList<string> Pcns);
