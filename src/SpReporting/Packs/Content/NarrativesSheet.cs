using SpReporting.Periods;
using SpReporting.Packs.Model;

namespace SpReporting.Packs.Content;

/// <summary>ICB narratives, verbatim and always as text (never a formula), newest quarter first within each ICB.</summary>
internal static class NarrativesSheet
{
    public const string Name = "Narratives";

    public static PackSheet Build(PackContext c)
    {
        var columns = new PackColumn[]
        {
            new("ICB code", 10),
            new("ICB name", 40, Wrap: true),
            new("Quarter", 10),
            new(new Noted("Narrative", PackNotes.Narratives), 100, Wrap: true),
        };
        var rows = c.Input.Narratives
            .OrderBy(n => n.IcbCode, StringComparer.Ordinal).ThenByDescending(n => n.Quarter)
            .Select(n => new[] { PackCell.OrMissing(n.IcbCode), PackCell.OrMissing(n.IcbName), PackCell.Of(n.Quarter.Label()), PackCell.User(n.Text) });
        return new PackSheet(Name, "What each ICB said about its link worker service, in its own words.",
            $"ICB narratives for {c.Input.Scope.Name}", c.Standard("One row per ICB and quarter with a narrative (a row of [x] where there are none).").ToList(),
            new PackTable("table_narratives", columns, rows));
    }
}
