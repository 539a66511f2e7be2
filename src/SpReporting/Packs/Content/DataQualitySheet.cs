using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>
/// Completeness, late and missing returns by PCN over the 12 months ending with the period, with the latest
/// month's state and which months are missing. Counts of returns are about PCNs, not people.
/// </summary>
internal static class DataQualitySheet
{
    public const string Name = "Data_quality";
    private const int Months = 12;

    public static PackSheet Build(PackContext c)
    {
        var columns = new List<PackColumn>
        {
            new("PCN code", 10),
            new("PCN name", 40),
            new("ICB code", 10),
            new(new Noted("Returns expected", PackNotes.Returns), 11),
            new("Returns on time", 11),
            new("Returns late", 11),
            new("Returns missing", 11),
            new("Completeness (%)", 13),
            new($"Return for {c.Input.Period}", 14),
            new("Months missing", 30, Wrap: true),
            new("Warnings per return, rolling 12 months (warnings)", 16),
            new($"Upload counted for {c.Input.Period}", 44, Wrap: true),
        };
        var first = c.Input.Period.AddMonths(-(Months - 1));
        var lines = c.Standard("One row per PCN.").ToList();
        lines.Add($"Returns are counted for the 12 months from {PackWords.Of(first)} to {PackWords.Of(c.Input.Period)}.");
        return new PackSheet(Name, "Completeness, late and missing returns by PCN.", $"Data quality of PCN returns for {c.Input.Scope.Name}, {PackWords.Of(c.Input.Period)}",
            lines, new PackTable("table_data_quality", columns, Rows(c, first)));
    }

    private static IEnumerable<PackCell[]> Rows(PackContext c, Periods.Month first)
    {
        var pcns = c.Areas.Where(a => a.Level == Level.Pcn).ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
        var warnings = MetricCatalog.IndexOf(MetricIds.WarningsPerReturn);
        var uploads = c.Input.Lineage?.Where(l => l.Month == c.Input.Period).ToDictionary(l => l.PcnCode, StringComparer.OrdinalIgnoreCase);
        var byPcn = c.Input.Returns.Where(r => r.Month >= first && r.Month <= c.Input.Period)
            .GroupBy(r => r.PcnCode, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => pcns.GetValueOrDefault(g.Key)?.ParentCode, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in byPcn)
        {
            var statuses = g.GroupBy(r => r.Month).Select(m => m.Last()).OrderBy(r => r.Month).ToList();
            var area = pcns.GetValueOrDefault(g.Key);
            var onTime = statuses.Count(s => s.State == ReturnState.OnTime);
            var late = statuses.Count(s => s.State == ReturnState.Late);
            var missing = statuses.Where(s => s.State == ReturnState.Missing).Select(s => s.Month.ToString()).ToList();
            var latest = statuses.LastOrDefault(s => s.Month == c.Input.Period);
            var r12 = area is null ? null : c.Row(area, Window.R12);
            yield return
            [
                PackCell.Of(g.Key),
                PackCell.Of(area?.Name ?? Shorthand.NotAvailable),
                PackCell.Of(area?.ParentCode ?? Shorthand.NotAvailable),
                PackCell.Of(statuses.Count),
                PackCell.Of(onTime),
                PackCell.Of(late),
                PackCell.Of(missing.Count),
                PackCell.Of(Math.Round(100.0 * (onTime + late) / statuses.Count, 1, MidpointRounding.AwayFromZero), PackNumberFormat.Percent),
                PackCell.Of(latest is null ? Shorthand.NotApplicable : Words(latest.State)),
                PackCell.Of(missing.Count == 0 ? "None" : string.Join(", ", missing)),
                r12 is null ? PackCell.Of(Shorthand.NotAvailable) : ValueCells.Value(ValueCells.Publish(r12, warnings)),
                PackCell.Of(uploads is null ? Shorthand.NotAvailable : Upload(uploads.GetValueOrDefault(g.Key))),
            ];
        }
    }

    /// <summary>The upload the period's figures count for a PCN (docs/metrics.md, "Where the figures come from").</summary>
    private static string Upload(Lineage.LineageRow? row) => row switch
    {
        null => Shorthand.NotApplicable,
        { UploadId: { } id, ReceivedAt: { } at } =>
            $"Upload {id}, received {at.UtcDateTime.ToString("d MMMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC{(row.State == Lineage.LineageState.CountedLate ? ", late" : "")}",
        { State: Lineage.LineageState.Rejected } => "None counted: every upload was rejected",
        _ => "None: no return",
    };

    private static string Words(ReturnState state) => state switch
    {
        ReturnState.OnTime => "On time",
        ReturnState.Late => "Late",
        _ => "Missing",
    };
}
