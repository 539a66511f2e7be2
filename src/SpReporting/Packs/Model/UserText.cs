using System.Text;

namespace SpReporting.Packs.Model;

/// <summary>
/// Text that came from users (ICB narratives): written as text, never as a formula, and kept as written except
/// for what a spreadsheet cannot hold: line endings become one line feed, characters XML cannot carry become a
/// space, and nothing longer than a cell holds is written. Renderers write it as a string cell with a quote
/// prefix, so text that Excel could take for a formula when edited (leading <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or new line) stays text.
/// </summary>
internal static class UserText
{
    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaxCellChars = 32_767;

    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) { return Publishing.Shorthand.NotAvailable; }
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length && b.Length < MaxCellChars; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                b.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') { i++; }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b.Append(c).Append(text[++i]);
            }
            else
            {
                b.Append(IsXmlChar(c) ? c : ' ');
            }
        }
        return b.ToString();
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' || (c >= 0x20 && c <= 0xD7FF && !char.IsSurrogate(c)) || (c >= 0xE000 && c <= 0xFFFD);
}
