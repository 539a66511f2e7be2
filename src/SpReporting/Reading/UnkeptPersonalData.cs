namespace SpReporting.Reading;

/// <summary>
/// Where personal data was found in text the reader does not keep (a cell beyond the column limit, a
/// formula's text): the row as Excel shows it, the zero-based column and the finding code. Never the text.
/// </summary>
public sealed record UnkeptPersonalData(int Row, int Column, string Code);
