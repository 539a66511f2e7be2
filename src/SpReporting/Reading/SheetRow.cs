namespace SpReporting.Reading;

/// <summary>
/// One data row as read: its row number as Excel shows it (header is row 1) and its cell texts,
/// aligned with the sheet's headers. Excel date cells arrive already written as <c>yyyy-MM-dd</c>.
/// </summary>
public sealed record SheetRow(int Number, string[] Cells);
