using System.Globalization;
using System.Text.RegularExpressions;
using SpReporting.Metrics;

namespace SpReporting.Tests.Packs;

/// <summary>
/// The rules for one worksheet, applied row by row as it streams: metadata rows (column A only) down to the one
/// table, one header row matching the table's columns, every data cell filled, nothing outside the table, no
/// formula, no merged cell, and no sub-national people count of 1 to 7.
/// </summary>
public sealed partial class SheetCheck
{
    /// <summary>Column headers of people counts: the metric's title and unit, as the catalogue gives them.</summary>
    private static readonly HashSet<string> PeopleCountHeaders = MetricCatalog.All
        .Where(d => d.Kind == MetricKind.PeopleCount).Select(d => d.Unit.Length == 0 ? d.Title : $"{d.Title} ({d.Unit})").ToHashSet(StringComparer.Ordinal);

    private static readonly string[] Judgements = ["SPC variation", "Compared with England", "assurance"];

    private readonly string _sheet;
    private readonly List<string> _problems;
    private readonly TableInfo? _table;
    private readonly HashSet<uint> _quotePrefixed;
    private readonly bool _keepCells;
    private int _expectedRow = 1;
    private string[] _headers = [];
    private int _level = -1, _metricId = -1, _value = -1, _narrative = -1;
    private readonly HashSet<int> _peopleColumns = [];

    public SheetCheck(string sheet, TableInfo? table, HashSet<uint> quotePrefixed, List<string> problems, bool keepCells)
    {
        _sheet = sheet;
        _keepCells = keepCells;
        _table = table;
        _quotePrefixed = quotePrefixed;
        _problems = problems;
    }

    public string A1 { get; private set; } = "";

    /// <summary>Number format code of each cell style ("" for General).</summary>
    public IReadOnlyDictionary<uint, string> Formats { get; init; } = new Dictionary<uint, string>();

    /// <summary>Note numbers referred to anywhere on the sheet.</summary>
    public HashSet<int> NotesUsed { get; } = [];

    public List<string> Narratives { get; } = [];

    /// <summary>First-column data cells and every cell by reference: kept only when asked (Contents and Notes are small).</summary>
    public List<string> FirstColumn { get; } = [];
    public Dictionary<string, string> CellText { get; } = [];

    /// <summary>How many people-count cells below England were looked at: none at all means the rule never ran.</summary>
    public int PeopleCellsChecked { get; private set; }

    public void Row(int index, IReadOnlyList<ReadCell> cells)
    {
        var filled = cells.Where(c => c.Text.Trim().Length > 0).ToList();
        foreach (var c in cells)
        {
            if (c.HasFormula) { Problem($"{Ref(c)} holds a formula"); }
            if (c.Text.Contains("[note ", StringComparison.Ordinal))
            {
                foreach (Match m in NoteMarker().Matches(c.Text)) { NotesUsed.Add(int.Parse(m.Value.Trim()[6..^1], CultureInfo.InvariantCulture)); }
            }
            if (_keepCells) { CellText[Ref(c)] = c.Text; }
        }
        if (_table is not null && index > _table.LastRow)
        {
            if (filled.Count > 0) { Problem($"row {index} has cells outside the table"); }
            return;
        }
        if (index != _expectedRow) { Problem($"row {_expectedRow} is missing or blank (next row is {index})"); }
        _expectedRow = index + 1;
        if (index == 1) { A1 = filled.FirstOrDefault(c => c.Column == 1)?.Text ?? ""; }
        if (_table is null || index < _table.HeaderRow) { Metadata(index, filled); }
        else if (index == _table.HeaderRow) { Header(cells); }
        else { Data(index, cells); }
    }

    public void Finish()
    {
        if (_table is not null && _expectedRow <= _table.LastRow) { Problem($"the table ends at row {_table.LastRow} but the sheet stops at row {_expectedRow - 1}"); }
        if (_headers.Length > 0 && Judgements.Any(j => _headers.Any(h => h.Contains(j, StringComparison.Ordinal))))
        {
            foreach (var needed in new[] { "Months since service began", "Too early to judge" })
            {
                if (!_headers.Any(h => h.StartsWith(needed, StringComparison.Ordinal))) { Problem($"a judgement is shown without '{needed}'"); }
            }
        }
    }

    private void Metadata(int index, List<ReadCell> filled)
    {
        if (filled.Count == 0) { Problem($"metadata row {index} is blank"); }
        if (filled.Any(c => c.Column != 1)) { Problem($"metadata row {index} has cells beyond column A"); }
    }

    private void Header(IReadOnlyList<ReadCell> cells)
    {
        _headers = cells.Select(c => c.Text).ToArray();
        if (!cells.Select(c => c.Column).SequenceEqual(Enumerable.Range(1, _table!.Columns.Count))) { Problem("the header row does not fill the table's columns"); }
        if (!_headers.SequenceEqual(_table.Columns)) { Problem("the header row differs from the table's column names"); }
        if (cells.Any(c => c.IsNumber || c.Text.Trim().Length == 0)) { Problem("a header cell is empty or a number"); }
        if (_headers.Distinct(StringComparer.OrdinalIgnoreCase).Count() != _headers.Length) { Problem("header cells repeat"); }
        for (var i = 0; i < _headers.Length; i++)
        {
            var plain = WithoutNotes(_headers[i]);
            if (plain == "Level") { _level = i; }
            if (plain == "Metric ID") { _metricId = i; }
            if (plain == "Value") { _value = i; }
            if (plain == "Narrative") { _narrative = i; }
            if (PeopleCountHeaders.Contains(plain)) { _peopleColumns.Add(i); }
        }
    }

    private void Data(int index, IReadOnlyList<ReadCell> cells)
    {
        var width = _table!.Columns.Count;
        if (!cells.Select(c => c.Column).SequenceEqual(Enumerable.Range(1, width))) { Problem($"row {index} does not have exactly one cell in each of the table's {width} columns"); }
        if (cells.Any(c => c.Text.Trim().Length == 0)) { Problem($"row {index} has an empty data cell"); }
        if (cells.Count != width) { return; }
        if (_keepCells) { FirstColumn.Add(cells[0].Text); }
        if (_narrative >= 0)
        {
            var n = cells[_narrative];
            Narratives.Add(n.Text);
            if (n.IsNumber) { Problem($"narrative in row {index} is not text"); }
            if (n.Text.Length > 0 && n.Text[0] is '=' or '+' or '-' or '@' or '\t' or '\n' && !_quotePrefixed.Contains(n.Style)) { Problem($"narrative in row {index} could be taken for a formula (no quote prefix)"); }
        }
        NumberFormats(index, cells);
        if (_level < 0 || cells[_level].Text == "England") { return; }
        var columns = _peopleColumns.ToList();
        if (_metricId >= 0 && _value >= 0 && MetricCatalog.TryGet(cells[_metricId].Text, out var d) && d.Kind == MetricKind.PeopleCount) { columns.Add(_value); }
        foreach (var i in columns)
        {
            PeopleCellsChecked++;
            if (cells[i].IsNumber && double.TryParse(cells[i].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 7)
            {
                Problem($"row {index}, '{_headers[i]}': a sub-national count of {v} people is shown");
            }
        }
    }

    /// <summary>
    /// Every number has a format with thousands separators; percentage columns (and percentage measures in a
    /// Value column) show one decimal and a % sign; people counts no decimals (docs/packs.md, "Number formats").
    /// </summary>
    private void NumberFormats(int index, IReadOnlyList<ReadCell> cells)
    {
        MetricDefinition? measure = _metricId >= 0 && MetricCatalog.TryGet(cells[_metricId].Text, out var d) ? d : null;
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            if (!c.IsNumber) { continue; }
            var code = Formats.GetValueOrDefault(c.Style, "");
            var percent = _headers[i].EndsWith("(%)", StringComparison.Ordinal) || (i == _value && measure?.Kind == MetricKind.Percent);
            var count = _peopleColumns.Contains(i) || (i == _value && measure?.Kind == MetricKind.PeopleCount);
            if (!code.StartsWith("#,##0", StringComparison.Ordinal)) { Problem($"row {index}, '{_headers[i]}': number format '{code}' has no thousands separator"); }
            else if (percent && code != "#,##0.0\"%\"") { Problem($"row {index}, '{_headers[i]}': a percentage with format '{code}'"); }
            else if (count && code != "#,##0") { Problem($"row {index}, '{_headers[i]}': a count with format '{code}'"); }
        }
    }

    public static string WithoutNotes(string text) => NoteMarker().Replace(text, "").Trim();

    [GeneratedRegex(@"\s*\[note \d+\]")]
    public static partial Regex NoteMarker();

    private static string Ref(ReadCell c) => Column(c.Column) + c.Row.ToString(CultureInfo.InvariantCulture);

    private static string Column(int n) => n <= 26 ? ((char)('A' + n - 1)).ToString() : Column((n - 1) / 26) + (char)('A' + (n - 1) % 26);

    private void Problem(string text) => _problems.Add($"{_sheet}: {text}");
}

/// <summary>A table as its definition part says: name, header row, last row, columns, header and total row counts.</summary>
public sealed record TableInfo(string Name, int HeaderRow, int FirstColumn, int LastRow, IReadOnlyList<string> Columns, uint HeaderRows, uint TotalRows);
