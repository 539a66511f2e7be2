namespace SpReporting.Reading;

/// <summary>
/// Limits from RETURNS.md (FIL002, FIL005), checked before and while anything is expanded, so a
/// hostile file costs little. Immutable; tests and benchmarks may narrow them.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;
    public long MaxExpandedBytes { get; init; } = 200L * 1024 * 1024;
    public double MaxCompressionRatio { get; init; } = 100;
    public int MaxDataRows { get; init; } = 50_000;
    public int MaxColumns { get; init; } = 200;
    /// <summary>Excel's own limit for a cell; a longer cell is FIL002 and is never held whole.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>Excel's own limit of columns; a CSV row with more cells is FIL002.</summary>
    public int MaxRowCells { get; init; } = 16_384;

    /// <summary>Files inside the zip package; an .xlsx has about ten, a zip of CSVs four.</summary>
    public int MaxZipParts { get; init; } = 1_000;

    /// <summary>Longest name of a file inside the zip package, in bytes.</summary>
    public int MaxPartNameBytes { get; init; } = 1_024;

    /// <summary>
    /// Longest XML tag or text between tags in an .xlsx part, in bytes: a cell of 32,767 characters
    /// written with entities fits; a giant string or attribute is refused before the XML reader holds it.
    /// </summary>
    public int MaxXmlTokenBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// Deepest nesting of XML elements in an .xlsx part: Excel writes about ten levels; the XML reader
    /// keeps a node for every open element, so millions of them would cost gigabytes.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 64;

    /// <summary>Estimated memory the kept cells of one upload may take (see <see cref="KeptBudget"/>).</summary>
    public long MaxKeptBytes { get; init; } = 96L * 1024 * 1024;
}
