using System.Text;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// RFC 4180 records read a character at a time, so no cell or row is ever held beyond the limits: a
/// cell longer than Excel's 32,767 characters or a row of more than Excel's 16,384 cells is FIL002 as
/// soon as it is seen, whatever the file's size (docs/validation.md, "Reading").
/// </summary>
internal sealed class CsvRecordReader(TextReader text, ReadLimits limits, string sheetLabel)
{
    private readonly char[] _buffer = new char[16_384];
    private readonly StringBuilder _cell = new();
    private int _length;
    private int _next;

    public int RecordNumber { get; private set; }

    /// <summary>Reads the next record, giving each cell to <paramref name="cell"/> by zero-based column; false at the end.</summary>
    public bool Read(Action<int, string> cell)
    {
        var c = NextChar();
        if (c < 0) { return false; }
        RecordNumber++;
        var column = 0;
        var quoted = false;
        var startOfCell = true;
        while (true)
        {
            if (quoted)
            {
                if (c < 0) { Emit(cell, column); return true; }
                if (c == '"')
                {
                    if (PeekChar() == '"') { NextChar(); Append('"', column); }
                    else { quoted = false; }
                }
                else { Append((char)c, column); }
            }
            else if (c < 0 || c == '\n')
            {
                Emit(cell, column);
                return true;
            }
            else if (c == '\r')
            {
                if (PeekChar() == '\n') { NextChar(); }
                Emit(cell, column);
                return true;
            }
            else if (c == ',')
            {
                Emit(cell, column);
                column++;
                if (column >= limits.MaxRowCells)
                {
                    throw new ReadFailure(FindingCodes.TooLarge,
                        $"Row {RecordNumber} of the {sheetLabel} sheet has more than {limits.MaxRowCells:N0} cells, more than Excel allows. Please check the file holds the return only.",
                        sheetLabel, RecordNumber);
                }
                startOfCell = true;
                c = NextChar();
                continue;
            }
            else if (c == '"' && startOfCell) { quoted = true; }
            else { Append((char)c, column); }
            startOfCell = false;
            c = NextChar();
        }
    }

    private void Append(char c, int column)
    {
        if (c == '\0')
        {
            // Not text: most often UTF-16 saved without its byte order mark, where every other byte is NUL.
            throw new ReadFailure(FindingCodes.NotReadable,
                $"Row {RecordNumber} of the {sheetLabel} sheet holds NUL characters, so it is not a CSV text file. Please save the sheet again as \"CSV UTF-8\" and re-upload.",
                sheetLabel, RecordNumber);
        }
        if (_cell.Length >= limits.MaxCellChars)
        {
            throw new ReadFailure(FindingCodes.TooLarge,
                $"A cell in row {RecordNumber} of the {sheetLabel} sheet is longer than {limits.MaxCellChars:N0} characters, Excel's own limit for a cell. Please check the file holds the return only.",
                sheetLabel, RecordNumber, ReceiptLabels.ColumnLetter(column));
        }
        _cell.Append(c);
    }

    private void Emit(Action<int, string> cell, int column)
    {
        cell(column, _cell.Length == 0 ? "" : _cell.ToString());
        _cell.Clear();
    }

    private int NextChar()
    {
        if (_next >= _length && !Fill()) { return -1; }
        return _buffer[_next++];
    }

    private int PeekChar()
    {
        if (_next >= _length && !Fill()) { return -1; }
        return _buffer[_next];
    }

    private bool Fill()
    {
        _length = text.Read(_buffer, 0, _buffer.Length);
        _next = 0;
        return _length > 0;
    }
}
