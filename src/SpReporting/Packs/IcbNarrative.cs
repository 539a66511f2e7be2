using SpReporting.Periods;

namespace SpReporting.Packs;

/// <summary>An ICB's narrative from its quarterly return, as the ICB wrote it (user text: never a formula).</summary>
public sealed record IcbNarrative(string IcbCode, string IcbName, Quarter Quarter, string Text);
