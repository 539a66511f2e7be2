namespace SpReporting.Packs.Model;

/// <summary>
/// One worksheet: its name (unique, at most 31 characters), a description for the Contents, the title in A1,
/// metadata lines below it in column A, then at most one table (the Cover has none).
/// </summary>
internal sealed record PackSheet(string Name, string Description, string Title, IReadOnlyList<PackLine> Lines, PackTable? Table)
{
    public const int MaxNameLength = 31;

    /// <summary>The row (1-based) of the table's header: after the title and the metadata lines.</summary>
    public int HeaderRow => Lines.Count + 2;
}
