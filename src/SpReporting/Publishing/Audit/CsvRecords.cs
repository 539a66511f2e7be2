using System.Text;

namespace SpReporting.Publishing.Audit;

/// <summary>Reads RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF), one at a time.</summary>
internal static class CsvRecords
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            // Most lines have no quotes at all: split them directly.
            if (!line.Contains('"', StringComparison.Ordinal))
            {
                yield return line.Split(',');
                continue;
            }
            // A quoted field may hold a line break: join lines until the quotes balance.
            while (line.Count(c => c == '"') % 2 == 1 && reader.ReadLine() is { } next) { line += "\n" + next; }
            yield return Quoted(line);
        }
    }

    private static string[] Quoted(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
