namespace SpReporting.Packs.Model;

/// <summary>
/// A whole pack, ready to render: the document title and language, the sheets in order (Cover, Contents, Notes,
/// then one table per sheet) and the numbers given to notes in order of first use.
/// </summary>
internal sealed class PackDocument
{
    public const string Language = "en-GB";
    public const string ContentsSheet = "Contents";

    public PackDocument(string title, IReadOnlyList<PackSheet> sheets, IReadOnlyDictionary<string, int> noteNumbers)
    {
        Title = title;
        Sheets = sheets;
        NoteNumbers = noteNumbers;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in sheets)
        {
            if (s.Name.Length is 0 or > PackSheet.MaxNameLength || !names.Add(s.Name)) { throw new ArgumentException($"Sheet name '{s.Name}' is empty, too long or repeated."); }
        }
    }

    public string Title { get; }
    public IReadOnlyList<PackSheet> Sheets { get; }
    public IReadOnlyDictionary<string, int> NoteNumbers { get; }

    /// <summary>The text as written in a cell: the notes it refers to follow it as <c>[note n]</c>.</summary>
    public string Text(Noted noted) =>
        noted.Notes.Length == 0 ? noted.Text : noted.Text + string.Concat(noted.Notes.Select(k => $" [note {NoteNumbers[k]}]"));
}
