using SpReporting.Reading;

namespace SpReporting.Validation;

/// <summary>
/// Structure checks shared by every return: a required sheet or column is missing (FIL003), or a
/// column is not in the specification (FIL004, a warning). Gives back each known column's index.
/// </summary>
internal static class SheetShape
{
    public static Sheet? Require(Workbook workbook, string name, FindingList findings)
    {
        var sheet = workbook.Find(name);
        if (sheet is null)
        {
            findings.Add(FindingCodes.MissingSheetOrColumn, name, null, null, null,
                $"The {name} sheet is missing. Use the return template, or include {name.ToLowerInvariant()}.csv in the zip, even if it has only its header row.");
        }
        return sheet;
    }

    public static Dictionary<string, int> Columns(Sheet sheet, IReadOnlyList<string> known, IReadOnlyCollection<string> required, FindingList findings)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = sheet.Headers[i].Trim();
            if (header.Length == 0) { continue; }
            var match = known.FirstOrDefault(k => string.Equals(k, header, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                // A long or identifying header (an ICB narrative typed in A1) is named by its column letter.
                var label = ReceiptLabels.Column(header, i);
                findings.Add(FindingCodes.ExtraColumn, sheet.Name, 1, label, label == header ? header : null,
                    "This column is not part of the return and was ignored.");
            }
            else if (!map.TryAdd(match, i))
            {
                findings.Add(FindingCodes.MissingSheetOrColumn, sheet.Name, 1, match, null,
                    $"The column {match} appears twice. Keep one and re-upload.");
            }
        }
        foreach (var column in required)
        {
            if (!map.ContainsKey(column))
            {
                findings.Add(FindingCodes.MissingSheetOrColumn, sheet.Name, 1, column, null,
                    $"The {sheet.Name} sheet has no {column} column. Header names must match the template (any order, any case).");
            }
        }
        return map;
    }
}
