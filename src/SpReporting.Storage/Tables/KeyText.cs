using System.Globalization;
using System.Text;

namespace SpReporting.Storage.Tables;

/// <summary>
/// Makes any text safe inside a PartitionKey or RowKey: letters, digits, <c>- _ .</c> pass through
/// (so real ODS codes and periods read as themselves); anything else becomes <c>~hhhh</c>.
/// The result never holds <see cref="Separator"/>, so composite keys stay unambiguous.
/// </summary>
public static class KeyText
{
    /// <summary>Joins the parts of a composite key; sorts after every character <see cref="Encode"/> produces except <c>~</c>.</summary>
    public const char Separator = '|';

    /// <summary>The character after <see cref="Separator"/>: the exclusive upper bound of a prefix range query.</summary>
    public const char AfterSeparator = '}';

    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(IsPlain)) { return text; }
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsPlain(c)) { sb.Append(c); }
            else { sb.Append('~').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); }
        }
        return sb.ToString();
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
