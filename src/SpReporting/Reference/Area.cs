namespace SpReporting.Reference;

/// <summary>An area above PCN level (ICB, region, England) with its parent's code.</summary>
public sealed record Area(string Code, string Name, string ParentCode);
