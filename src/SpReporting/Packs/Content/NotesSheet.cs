using SpReporting.Packs.Model;

namespace SpReporting.Packs.Content;

/// <summary>The notes the pack refers to, numbered in order of first use.</summary>
internal static class NotesSheet
{
    public const string Name = "Notes";

    public static PackSheet Build(IReadOnlyDictionary<string, int> numbers)
    {
        var columns = new PackColumn[] { new("Note number", 12), new("Note text", 110, Wrap: true) };
        var rows = numbers.OrderBy(n => n.Value).Select(n => new[] { PackCell.Of($"[note {n.Value}]"), PackCell.Of(PackNotes.Text[n.Key]) }).ToArray();
        return new PackSheet(Name, "Notes referred to in column headings as [note n].", "Notes",
            ["This worksheet contains one table: one row per note. Notes are referred to in column headings of other worksheets."],
            new PackTable("table_notes", columns, rows));
    }

    /// <summary>Numbers for the notes the sheets use, in order of first use (lines, then headers, sheet by sheet).</summary>
    public static IReadOnlyDictionary<string, int> Number(IEnumerable<PackSheet> sheets)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sheets)
        {
            var texts = s.Lines.Select(l => l.Text).Concat(s.Table?.Columns.Select(c => c.Header) ?? []);
            foreach (var key in texts.SelectMany(t => t.Notes))
            {
                if (!PackNotes.Text.ContainsKey(key)) { throw new InvalidOperationException($"Note '{key}' has no text."); }
                numbers.TryAdd(key, numbers.Count + 1);
            }
        }
        return numbers;
    }
}
