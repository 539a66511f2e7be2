using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>Every metric of the catalogue, and the one figure the pack works out itself, defined in words.</summary>
internal static class DefinitionsSheet
{
    public const string Name = "Definitions";

    public static PackSheet Build(PackContext c)
    {
        var columns = new PackColumn[]
        {
            new("Metric ID", 30),
            new("Measure", 40, Wrap: true),
            new("Group", 14),
            new("Definition", 70, Wrap: true),
            new("Unit", 14),
            new("Kind", 22),
            new("Direction", 22),
            new(new Noted("Disclosure control", PackNotes.Disclosure), 50, Wrap: true),
        };
        var rows = MetricCatalog.All.Select(d => new[]
        {
            PackCell.Of(d.Id),
            PackCell.Of(d.Title),
            PackCell.Of(PackWords.Of(d.Group)),
            PackCell.Of(d.Definition),
            PackCell.Of(d.Unit.Length == 0 ? Shorthand.NotApplicable : d.Unit),
            PackCell.Of(PackWords.Of(d.Kind)),
            PackCell.Of(d.Kind == MetricKind.Label ? Shorthand.NotApplicable : PackWords.Of(d.Polarity)),
            PackCell.Of(PackWords.DisclosureRule(d)),
        }).Append(
        [
            PackCell.Of("pack_arrs_share_pct"),
            PackCell.Of("ARRS share of WTE"),
            PackCell.Of(PackWords.Of(MetricGroup.Workforce)),
            PackCell.Of(PackNotes.Text[PackNotes.ArrsShare]),
            PackCell.Of("%"),
            PackCell.Of(PackWords.Of(MetricKind.Ratio)),
            PackCell.Of(PackWords.Of(Statistics.Polarity.Neutral)),
            PackCell.Of("Shown as it is (about staff, not patients)."),
        ]);
        return new PackSheet(Name, "Definitions of every measure: what it counts, its unit, which direction is better and how it is protected.",
            "Definitions of measures", c.Standard("One row per measure.").ToList(), new PackTable("table_definitions", columns, rows));
    }
}
