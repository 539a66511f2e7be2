using SpReporting.Periods;

namespace SpReporting.Packs;

/// <summary>What became of a PCN's monthly return: the current accepted version's timeliness, or none.</summary>
public enum ReturnState
{
    OnTime,
    Late,
    Missing,
}

/// <summary>One expected PCN monthly return (a PCN open in the month) and its state, for the data quality sheet.</summary>
public sealed record ReturnStatus(string PcnCode, Month Month, ReturnState State);
