using SpReporting.Returns.Pcn;

namespace SpReporting.Validation;

/// <summary>
/// What validating one upload found: every finding, the normalised return when there was no error,
/// row counts for the receipt, and whether it was late.
/// </summary>
public sealed record ValidationOutcome(
    FindingList Findings,
    IReadOnlyDictionary<string, int> Counts,
    bool Late,
    PcnReturn? PcnReturn = null,
    Returns.Icb.IcbReturn? IcbReturn = null)
{
    public bool Accepted => !Findings.HasErrors;
}
