namespace SpReporting.Reference;

/// <summary>
/// A PCN and where it sits: Sub-ICB location, ICB and NHS England region (ODS codes), when it opened
/// and closed, its registered list size and the IMD decile of where its patients live.
/// </summary>
public sealed record Organisation(
    string PcnCode,
    string PcnName,
    string SubIcbCode,
    string SubIcbName,
    string IcbCode,
    string IcbName,
    string RegionCode,
    string RegionName,
    DateOnly OpenDate,
    DateOnly? CloseDate,
    int? RegisteredPatients,
    int? ImdDecile)
{
    /// <summary>Open at any time in the month: such a PCN is expected to make that month's return.</summary>
    public bool IsOpenIn(Periods.Month month) =>
        OpenDate <= month.End && (CloseDate is null || CloseDate.Value >= month.Start);
}
