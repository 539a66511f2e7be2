using SpReporting.Packs.Model;

namespace SpReporting.Packs.Content;

/// <summary>
/// Assembles a pack in the order of the Analysis Function guidance: Cover, Contents, Notes, then one table per
/// sheet. Notes are numbered from the sheets that use them, so the Notes sheet lists exactly those.
/// </summary>
internal static class PackContent
{
    public static PackDocument Build(PackInput input)
    {
        var c = new PackContext(input);
        PackSheet[] data =
        [
            HeadlineSheet.Build(c),
            ThemeSheets.Workforce(c),
            ThemeSheets.Referrals(c),
            ThemeSheets.Outcomes(c),
            ThemeSheets.Implementation(c),
            ThemeSheets.Equity(c),
            DataQualitySheet.Build(c),
            ReadinessSheet.Build(c),
            PeersSheet.Build(c),
            NarrativesSheet.Build(c),
            TimeSeriesSheet.Build(c),
            DefinitionsSheet.Build(c),
        ];
        var numbers = NotesSheet.Number(data);
        var cover = CoverSheet.Build(c);
        var notes = NotesSheet.Build(numbers);
        var contents = ContentsSheet.Build(c, [cover, notes, .. data]);
        return new PackDocument(input.Title, [cover, contents, notes, .. data], numbers);
    }
}
