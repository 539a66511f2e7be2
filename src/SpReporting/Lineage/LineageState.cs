namespace SpReporting.Lineage;

/// <summary>What a PCN's return for a month contributed: counted (on time or late), rejected (only rejected uploads), or missing.</summary>
public enum LineageState
{
    CountedOnTime,
    CountedLate,
    Rejected,
    Missing,
}

public static class LineageStateCodes
{
    public static string ToCode(this LineageState state) => state switch
    {
        LineageState.CountedOnTime => "counted_on_time",
        LineageState.CountedLate => "counted_late",
        LineageState.Rejected => "rejected",
        _ => "missing",
    };
}
