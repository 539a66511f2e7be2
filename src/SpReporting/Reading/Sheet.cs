namespace SpReporting.Reading;

/// <summary>A sheet as read from an upload: the header row and the non-blank data rows after it.</summary>
public sealed class Sheet(string name, IReadOnlyList<string> headers, IReadOnlyList<SheetRow> rows)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Headers { get; } = headers;
    public IReadOnlyList<SheetRow> Rows { get; } = rows;

    /// <summary>
    /// Personal data found while reading in text that is not kept as a cell: cells beyond the column
    /// limit and formulas' own text (docs/validation.md, "Personal data").
    /// </summary>
    public IReadOnlyList<UnkeptPersonalData> UnkeptPersonalData { get; init; } = [];

    /// <summary>Index of a header, matched case-insensitively and ignoring surrounding spaces; -1 if absent.</summary>
    public int ColumnIndex(string header)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            if (string.Equals(Headers[i].Trim(), header, StringComparison.OrdinalIgnoreCase)) { return i; }
        }
        return -1;
    }
}
