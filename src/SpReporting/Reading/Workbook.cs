namespace SpReporting.Reading;

/// <summary>An upload's sheets, whatever the format it came in (.xlsx or .zip of CSVs).</summary>
public sealed class Workbook(IReadOnlyList<Sheet> sheets)
{
    public IReadOnlyList<Sheet> Sheets { get; } = sheets;

    /// <summary>The names of the files inside the upload's zip package, screened for personal data like cells.</summary>
    public IReadOnlyList<string> PartNames { get; init; } = [];

    /// <summary>
    /// Finding codes (PII001, PII002) for personal data in the text of an .xlsx's parts other than its
    /// sheets and shared strings: cell comments, text boxes, defined names, document properties.
    /// </summary>
    public IReadOnlyList<string> OtherPartsPersonalData { get; init; } = [];

    /// <summary>A sheet by name, case-insensitively; null if the upload has none.</summary>
    public Sheet? Find(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
}
