using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Accumulates one sheet as it is read: row 1 is the header, blank rows are skipped (Excel users
/// leave them), row numbers are kept as Excel shows them, and the row limit (FIL005) and the memory
/// budget (FIL002) stop reading early. <paramref name="label"/> names the sheet in messages.
/// </summary>
internal sealed class SheetBuilder(string name, string label, ReadLimits limits, KeptBudget kept)
{
    /// <summary>Enough to reject the upload and point at the first places; the rest adds nothing.</summary>
    private const int MaxUnkept = 100;
    private readonly List<SheetRow> _rows = [];
    private readonly List<UnkeptPersonalData> _unkept = [];
    private string[] _headers = [];
    private bool _sawHeader;

    public string Name => name;

    /// <summary>Adds a row; <paramref name="cells"/> is indexed by column (0 = A), null where empty.</summary>
    public void Add(int rowNumber, string?[] cells, int count)
    {
        if (!_sawHeader)
        {
            _sawHeader = true;
            if (rowNumber != 1 && !IsBlank(cells, count))
            {
                // The header must be row 1, as in the template; a title row above it would shift every row number.
                _headers = [];
                AddData(rowNumber, cells, count);
                return;
            }
            _headers = new string[count];
            kept.SpendRow(count);
            for (var i = 0; i < count; i++)
            {
                _headers[i] = cells[i]?.Trim() ?? "";
                kept.SpendText(_headers[i]);
            }
            TrimTrailingEmptyHeaders();
            if (rowNumber == 1) { return; }
        }
        AddData(rowNumber, cells, count);
    }

    private void AddData(int rowNumber, string?[] cells, int count)
    {
        if (IsBlank(cells, count)) { return; }
        if (_rows.Count >= limits.MaxDataRows)
        {
            throw new ReadFailure(FindingCodes.TooManyRows,
                $"The {label} sheet has more than {limits.MaxDataRows:N0} rows. A monthly return never needs that many; please check the sheet holds only this month's rows.",
                label);
        }
        var width = Math.Max(count, _headers.Length);
        kept.SpendRow(width);
        var row = new string[width];
        for (var i = 0; i < width; i++)
        {
            row[i] = i < count ? cells[i] ?? "" : "";
            kept.SpendText(row[i]);
        }
        _rows.Add(new SheetRow(rowNumber, row));
    }

    /// <summary>
    /// Text read but not kept as a cell (beyond the column limit, a formula's own text): screened for
    /// personal data here, so that it is refused like a cell would be, then dropped.
    /// </summary>
    public void Unkept(int rowNumber, int column, string? text)
    {
        if (_unkept.Count >= MaxUnkept || PersonalData.Detect(text) is not { } code) { return; }
        _unkept.Add(new UnkeptPersonalData(rowNumber, column, code));
    }

    public Sheet Build() => new(name, _headers, _rows) { UnkeptPersonalData = _unkept };

    private void TrimTrailingEmptyHeaders()
    {
        var n = _headers.Length;
        while (n > 0 && _headers[n - 1].Length == 0) { n--; }
        if (n != _headers.Length) { _headers = _headers[..n]; }
    }

    private static bool IsBlank(string?[] cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i])) { return false; }
        }
        return true;
    }
}
