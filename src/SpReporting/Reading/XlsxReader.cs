using System.Globalization;
using System.IO.Compression;
using System.Xml;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Reads every sheet of an .xlsx as text cells, streaming each sheet's XML. Date-formatted cells
/// become <c>yyyy-MM-dd</c>; numbers keep their full precision (shortest round-trip form), so a WTE
/// of 0.986667 arrives exactly as typed. Formulas contribute their cached value, never their text.
/// </summary>
internal static class XlsxReader
{
    public static Workbook Read(ZipArchive zip, ReadLimits limits, ExpansionBudget budget)
    {
        XlsxPackage package;
        try
        {
            package = XlsxPackage.Open(zip, budget);
        }
        catch (XmlException)
        {
            throw new ReadFailure(FindingCodes.NotReadable, "The workbook could not be read: its internal structure is damaged. Please save it again from Excel.");
        }
        var sheets = new List<Sheet>(package.Sheets.Count);
        foreach (var (name, part) in package.Sheets)
        {
            try
            {
                sheets.Add(ReadSheet(zip, package, name, part, limits, budget));
            }
            catch (XmlException)
            {
                throw new ReadFailure(FindingCodes.NotReadable, $"The {name} sheet could not be read: its content is damaged. Please save the workbook again from Excel.", name);
            }
        }
        return new Workbook(sheets);
    }

    private static Sheet ReadSheet(ZipArchive zip, XlsxPackage package, string name, string part, ReadLimits limits, ExpansionBudget budget)
    {
        var builder = new SheetBuilder(name, limits);
        using var reader = XlsxPackage.Xml(zip, part, budget);
        if (reader is null) { return builder.Build(); }
        var cells = new string?[16];
        var width = 0;
        var rowNumber = 0;
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                Array.Clear(cells, 0, width);
                width = 0;
                if (reader.IsEmptyElement) { continue; }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                var column = ColumnIndex(reader.GetAttribute("r"), width);
                if (column >= limits.MaxColumns) { reader.Skip(); positioned = true; continue; }
                if (column >= cells.Length) { Array.Resize(ref cells, Math.Max(column + 1, cells.Length * 2)); }
                cells[column] = ReadCell(reader, package);
                width = Math.Max(width, column + 1);
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row")
            {
                builder.Add(rowNumber, cells, width);
            }
        }
        return builder.Build();
    }

    private static string? ReadCell(XmlReader reader, XlsxPackage package)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement) { return null; }
        string? value = null;
        string? inline = null;
        var depth = reader.Depth;
        // ReadElementContentAsString leaves the reader on the next node already, so only advance when nothing was consumed.
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) { break; }
            if (reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement) { continue; }
            if (reader.LocalName == "v") { value = reader.ReadElementContentAsString(); positioned = true; }
            else if (reader.LocalName == "t") { inline = (inline ?? "") + reader.ReadElementContentAsString(); positioned = true; }
            else if (reader.LocalName == "rPh") { reader.Skip(); positioned = true; }
        }
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < package.SharedStrings.Length
                    ? package.SharedStrings[i]
                    : null;
            case "inlineStr":
                return inline;
            case "str" or "e" or "d":
                return value;
            case "b":
                return value == "1" ? "TRUE" : "FALSE";
            default:
                return Number(value, style < package.DateStyles.Length && package.DateStyles[style]);
        }
    }

    private static string? Number(string? raw, bool isDate)
    {
        if (raw is null) { return null; }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) { return raw; }
        if (isDate && d is >= 1 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(d))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Zero-based column from a reference such as <c>AB12</c>; the next column when absent.</summary>
    internal static int ColumnIndex(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference)) { return next; }
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') { index = index * 26 + (ch - 'A' + 1); }
            else if (ch is >= 'a' and <= 'z') { index = index * 26 + (ch - 'a' + 1); }
            else { break; }
            if (index > 16_384) { return int.MaxValue; }
        }
        return index == 0 ? next : index - 1;
    }
}
