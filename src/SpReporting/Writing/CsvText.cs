namespace SpReporting.Writing;

/// <summary>RFC 4180 fields: quoted only when they must be, with quotes doubled inside.</summary>
public static class CsvText
{
    public static bool NeedsQuotes(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));

    public static void WriteField(TextWriter writer, string? value)
    {
        value ??= "";
        if (!NeedsQuotes(value))
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>Writes one record and the line ending (CRLF, as RFC 4180 says, unless told otherwise).</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields, string newLine = "\r\n")
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) { writer.Write(','); }
            WriteField(writer, fields[i]);
        }
        writer.Write(newLine);
    }
}
