using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SpReporting.Tests.Packs;

/// <summary>
/// Opens a generated pack and checks it against the Analysis Function spreadsheet conventions of issue 4:
/// Cover, Contents and Notes first; exactly one named table per data sheet after its metadata rows, with one
/// header row; no merged cells; no blank rows or columns and no empty cells in tables; every [note n] used is
/// defined and every defined note is used; sheet names unique and at most 31 characters; document title and
/// language set; Arial; opens on the first sheet; no formula anywhere (narratives stay text, verbatim); no
/// sub-national people count of 1 to 7. Returns the problems found; none means the pack passes.
/// </summary>
public static class PackChecker
{
    private static readonly char[] ForbiddenInNames = ['[', ']', ':', '*', '?', '/', '\\'];

    public static IReadOnlyList<string> Check(string path, IEnumerable<string>? narratives = null)
    {
        var problems = new List<string>();
        using var document = SpreadsheetDocument.Open(path, false);
        var props = document.PackageProperties;
        if (string.IsNullOrWhiteSpace(props.Title)) { problems.Add("the document title is not set"); }
        if (string.IsNullOrWhiteSpace(props.Language)) { problems.Add("the document language is not set"); }
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Names(sheets.Select(s => s.Name!.Value!).ToList(), problems);
        if (sheets.Any(s => s.State?.Value is SheetStateValues.Hidden or SheetStateValues.VeryHidden)) { problems.Add("a sheet is hidden"); }
        if (workbook.Workbook.BookViews?.Elements<WorkbookView>().FirstOrDefault() is { } view && (view.ActiveTab?.Value ?? 0) != 0) { problems.Add("the workbook does not open on the first sheet"); }
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        if (styles?.Fonts?.Elements<Font>().Any(f => f.FontName?.Val?.Value != "Arial") ?? true) { problems.Add("a font other than Arial is used"); }
        var quoted = styles?.CellFormats?.Elements<CellFormat>().Select((f, i) => (f, i)).Where(x => x.f.QuotePrefix?.Value == true).Select(x => (uint)x.i).ToHashSet() ?? [];
        var formats = NumberFormats(styles);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

        var checks = new Dictionary<string, SheetCheck>();
        var tableNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var links = new List<(string Ref, string Location)>();
        foreach (var sheet in sheets)
        {
            var name = sheet.Name!.Value!;
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var tables = part.TableDefinitionParts.Select(t => Table(t.Table)).ToList();
            var related = part.TableDefinitionParts.Select(t => part.GetIdOfPart(t)).ToHashSet();
            var listed = new List<string>();
            foreach (var t in tables.Where(t => !tableNames.Add(t.Name))) { problems.Add($"{name}: table name {t.Name} is used twice"); }
            TableInfo? table = null;
            if (name == "Cover" ? tables.Count != 0 : tables.Count != 1) { problems.Add($"{name}: has {tables.Count} tables"); }
            else if (tables.Count == 1) { table = Check(name, tables[0], problems); }
            var check = new SheetCheck(name, table, quoted, problems, keepCells: name is "Contents" or "Notes") { Formats = formats };
            PackSheetReader.Read(part, shared, check.Row, merged => problems.Add($"{name}: merged cells {merged}"),
                (r, location) => { if (name == "Contents") { links.Add((r, location)); } }, listed.Add);
            check.Finish();
            if (!listed.ToHashSet().SetEquals(related)) { problems.Add($"{name}: has {listed.Count} tables listed for {related.Count} table parts"); }
            if (check.A1.Trim().Length == 0) { problems.Add($"{name}: no title in A1"); }
            checks[name] = check;
        }
        Contents(sheets.Select(s => s.Name!.Value!).ToList(), checks, links, problems);
        Notes(checks, problems);
        if (checks.Values.Sum(c => c.PeopleCellsChecked) == 0) { problems.Add("no people counts were found to check"); }
        if (narratives is not null && checks.TryGetValue("Narratives", out var n))
        {
            foreach (var text in narratives.Select(t => t.ReplaceLineEndings("\n")).Where(t => !n.Narratives.Contains(t)))
            {
                problems.Add($"Narratives: a narrative is not shown verbatim: '{text[..Math.Min(40, text.Length)]}'");
            }
        }
        return problems;
    }

    private static void Names(List<string> names, List<string> problems)
    {
        if (!names.Take(3).SequenceEqual(["Cover", "Contents", "Notes"])) { problems.Add($"the first sheets are {string.Join(", ", names.Take(3))}, not Cover, Contents, Notes"); }
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count) { problems.Add("sheet names repeat"); }
        foreach (var n in names.Where(n => n.Length is 0 or > 31 || n.IndexOfAny(ForbiddenInNames) >= 0)) { problems.Add($"sheet name '{n}' is empty, longer than 31 characters or has a forbidden character"); }
    }

    private static TableInfo Table(Table t)
    {
        var range = t.Reference!.Value!.Split(':');
        return new TableInfo(t.Name?.Value ?? "", PackSheetReader.RowOf(range[0]), PackSheetReader.ColumnOf(range[0]), PackSheetReader.RowOf(range[1]),
            t.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value!).ToList(), t.HeaderRowCount?.Value ?? 1, t.TotalsRowCount?.Value ?? 0);
    }

    private static TableInfo Check(string sheet, TableInfo t, List<string> problems)
    {
        if (t.Name.Length == 0) { problems.Add($"{sheet}: the table has no name"); }
        if (t.HeaderRows != 1) { problems.Add($"{sheet}: the table has {t.HeaderRows} header rows"); }
        if (t.TotalRows != 0) { problems.Add($"{sheet}: the table has a total row"); }
        if (t.FirstColumn != 1) { problems.Add($"{sheet}: the table does not start in column A"); }
        if (t.HeaderRow < 2) { problems.Add($"{sheet}: no metadata rows above the table"); }
        if (t.LastRow <= t.HeaderRow) { problems.Add($"{sheet}: the table has no data row"); }
        return t;
    }

    private static void Contents(List<string> names, Dictionary<string, SheetCheck> checks, List<(string Ref, string Location)> links, List<string> problems)
    {
        if (!checks.TryGetValue("Contents", out var contents)) { return; }
        var others = names.Where(n => n != "Contents").ToList();
        if (!contents.FirstColumn.SequenceEqual(others)) { problems.Add("Contents: does not list every other sheet once, in order"); }
        foreach (var sheet in others)
        {
            var link = links.FirstOrDefault(l => l.Location == $"'{sheet}'!A1" || l.Location == $"{sheet}!A1");
            if (link.Ref is null) { problems.Add($"Contents: no link to {sheet}"); }
            else if (contents.CellText.GetValueOrDefault(link.Ref) != sheet) { problems.Add($"Contents: the link to {sheet} is on a cell that does not name it"); }
        }
    }

    private static void Notes(Dictionary<string, SheetCheck> checks, List<string> problems)
    {
        if (!checks.TryGetValue("Notes", out var notes)) { return; }
        var defined = notes.FirstColumn.Select(Number).ToList();
        if (defined.Contains(-1) || !defined.SequenceEqual(Enumerable.Range(1, defined.Count))) { problems.Add("Notes: notes are not numbered [note 1], [note 2], ... in order"); }
        var used = checks.Where(c => c.Key != "Notes").SelectMany(c => c.Value.NotesUsed).ToHashSet();
        foreach (var u in used.Where(u => !defined.Contains(u))) { problems.Add($"[note {u}] is used but not defined"); }
        foreach (var d in defined.Where(d => d > 0 && !used.Contains(d))) { problems.Add($"[note {d}] is defined but not used"); }
    }

    private static int Number(string marker) =>
        marker.StartsWith("[note ", StringComparison.Ordinal) && marker.EndsWith(']') && int.TryParse(marker[6..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    /// <summary>Each cell style's number format code ("" for General), from the built-in ids Excel defines and the custom ones listed.</summary>
    private static Dictionary<uint, string> NumberFormats(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!) ?? [];
        var builtIn = new Dictionary<uint, string> { [0] = "", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%" };
        var map = new Dictionary<uint, string>();
        var i = 0u;
        foreach (var f in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = f.NumberFormatId?.Value ?? 0;
            map[i++] = custom.TryGetValue(id, out var code) ? code : builtIn.GetValueOrDefault(id, "");
        }
        return map;
    }
}
