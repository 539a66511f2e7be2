using SpReporting.Periods;

namespace SpReporting.Lineage;

/// <summary>
/// One line of <c>lineage.csv</c>: a PCN expected to make a return for a month (open in it), where it sits
/// (ICB, region), what its return contributed and which upload it was, and the ICB quarterly return whose
/// plan that month's figures use. Any area and period's lineage is the lines of its PCNs and months.
/// </summary>
public sealed record LineageRow(string PcnCode, string IcbCode, string RegionCode, Month Month, LineageState State,
    string? UploadId, DateTimeOffset? ReceivedAt, string? IcbPlanUploadId);
