using SpReporting.Returns.Icb;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation;

/// <summary>
/// The order findings appear on a receipt: errors first, then warnings; within each, findings about
/// the upload as a whole, then by sheet in the template's order, then by row. Findings on the same
/// row keep the order they were found in, which follows the columns as the rules walk them.
/// </summary>
public static class FindingOrder
{
    private static readonly string[] Sheets =
    [
        PcnSchema.Submission, PcnSchema.Workforce, PcnSchema.Referrals, PcnSchema.Implementation,
        IcbSchema.Plan, IcbSchema.Investment, IcbSchema.Capacity, IcbSchema.Narrative,
    ];

    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        [.. findings
            .OrderBy(f => f.Severity == Severity.Error ? 0 : 1)
            .ThenBy(f => SheetRank(f.Sheet))
            .ThenBy(f => f.Sheet, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Row ?? 0)];

    private static int SheetRank(string? sheet)
    {
        if (sheet is null) { return -1; }
        var i = Array.FindIndex(Sheets, s => string.Equals(s, sheet, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? Sheets.Length : i;
    }
}
