using System.Text;

namespace SpReporting.Publishing.Audit;

/// <summary>Reads RFC 4180 records (quoted fields, doubled quotes, CRLF or LF), one at a time.</summary>
internal static class CsvRecords
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else { quoted = false; }
                }
                else { field.Append((char)c); }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return [.. fields];
                    fields.Clear();
                    any = false;
                    break;
                default: field.Append((char)c); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
