namespace SpReporting.Returns.Icb;

/// <summary>The WTE an ICB plans to have in post in one PCN at quarter end.</summary>
public sealed record PlanLine(string PcnCode, double PlannedSplwWte);
