namespace SpReporting.Spc;

/// <summary>One point of an XmR chart: its value, the rule that flagged it (if any) and its variation.</summary>
public readonly record struct SpcPoint(double Value, SpecialCause Rule, Variation Variation)
{
    /// <summary>True when a rule flagged the point.</summary>
    public bool IsSpecialCause => Rule != SpecialCause.None;
}
