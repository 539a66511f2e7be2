using System.Text;
using nietras.SeparatedValues;

namespace SpReporting.Reference;

/// <summary>
/// A tolerant reader for CSV files as NHS Digital and NHS England publish them: UTF-8 with or without
/// a byte order mark, or Windows-1252 (detected: bytes that are not valid UTF-8 are read as 1252),
/// CRLF or LF line endings, RFC 4180 quoting, ragged rows and blank lines.
/// </summary>
public static class NhsCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static NhsCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static NhsCsvTable Read(string path) => Parse(Decode(File.ReadAllBytes(path)));

    /// <summary>UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { bytes = bytes[3..]; }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>Parses CSV text whose first non-blank row is the header.</summary>
    public static NhsCsvTable Parse(string text)
    {
        string[]? headers = null;
        var rows = new List<string[]>();
        if (text.Length == 0) { return new NhsCsvTable([], rows); }
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(','),
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
        }).FromText(text);
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) { cells[i] = row[i].ToString().Trim(); }
            if (cells.All(c => c.Length == 0)) { continue; }
            if (headers is null) { headers = cells; }
            else { rows.Add(cells); }
        }
        return new NhsCsvTable(headers ?? [], rows);
    }
}

/// <summary>
/// A parsed CSV: header names are matched ignoring case, spaces and punctuation, so
/// <c>PCN Code</c>, <c>PCN_CODE</c> and <c>pcn_code</c> are the same column.
/// </summary>
public sealed class NhsCsvTable(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
{
    public IReadOnlyList<string> Headers { get; } = headers;
    public IReadOnlyList<string[]> Rows { get; } = rows;

    public int Column(string name)
    {
        var key = Normalise(name);
        for (var i = 0; i < Headers.Count; i++)
        {
            if (Normalise(Headers[i]) == key) { return i; }
        }
        return -1;
    }

    /// <summary>The column's index; a missing column is an error naming the file's columns.</summary>
    public int RequireColumn(string name, string fileName)
    {
        var i = Column(name);
        return i >= 0 ? i : throw new InvalidDataException(
            $"{fileName} has no column '{name}' (its columns are: {string.Join(", ", Headers)}).");
    }

    /// <summary>A cell, or "" where the row is shorter than the header.</summary>
    public static string Cell(string[] row, int column) => column >= 0 && column < row.Length ? row[column] : "";

    private static string Normalise(string header) =>
        new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
