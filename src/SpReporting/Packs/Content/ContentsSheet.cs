using SpReporting.Packs.Model;

namespace SpReporting.Packs.Content;

/// <summary>One row per other worksheet, its name linking to it, with what it holds.</summary>
internal static class ContentsSheet
{
    public static PackSheet Build(PackContext c, IEnumerable<PackSheet> others)
    {
        var columns = new PackColumn[] { new("Worksheet", 18), new("Contents", 100, Wrap: true) };
        var rows = others.Select(s => new[] { PackCell.Link(s.Name), PackCell.Of(s.Description) }).ToArray();
        return new PackSheet(PackDocument.ContentsSheet, "", "Contents",
            ["This worksheet contains one table: one row per worksheet, each name a link to it.", $"Area: {c.Input.Scope.Name} ({c.Input.Scope.Code}). Period: {PackWords.Of(c.Input.Period)}."],
            new PackTable("table_contents", columns, rows));
    }
}
