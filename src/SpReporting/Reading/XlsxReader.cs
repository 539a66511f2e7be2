using System.Globalization;
using System.Xml;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Reads every sheet of an .xlsx as text cells, streaming each sheet's XML. Date-formatted cells
/// become <c>yyyy-MM-dd</c>; numbers keep their full precision (shortest round-trip form), so a WTE
/// of 0.986667 arrives exactly as typed. Formulas contribute their cached value; their own text is
/// only screened for personal data, as are cells beyond the column limit.
/// </summary>
internal static class XlsxReader
{
    public static Workbook Read(ZipPackage zip, ReadLimits limits, ExpansionBudget budget, KeptBudget kept)
    {
        XlsxPackage package;
        try
        {
            package = XlsxPackage.Open(zip, limits, budget, kept);
        }
        catch (XmlException)
        {
            throw new ReadFailure(FindingCodes.NotReadable, "The workbook could not be read: its internal structure is damaged. Please save it again from Excel.");
        }
        var sheets = new List<Sheet>(package.Sheets.Count);
        foreach (var (name, part) in package.Sheets)
        {
            var label = ReceiptLabels.Sheet(name, sheets.Count);
            try
            {
                sheets.Add(ReadSheet(zip, package, name, label, part, limits, budget, kept));
            }
            catch (XmlException)
            {
                throw new ReadFailure(FindingCodes.NotReadable, $"The {label} sheet could not be read: its content is damaged. Please save the workbook again from Excel.", label);
            }
        }
        return new Workbook(sheets) { OtherPartsPersonalData = ScreenOtherParts(zip, package, limits, budget) };
    }

    /// <summary>
    /// The text of every other XML part (cell comments, text boxes, defined names, document properties)
    /// is the submitter's too and is kept with the upload, so it is screened like a cell; attributes,
    /// which hold only layout and references, are not, nor is <c>customXml/</c>, where Office and
    /// SharePoint keep their own metadata (document ids with ten-digit numbers among them). A part that cannot be read cannot be screened,
    /// so it is FIL001 like a damaged sheet.
    /// </summary>
    private static List<string> ScreenOtherParts(ZipPackage zip, XlsxPackage package, ReadLimits limits, ExpansionBudget budget)
    {
        var read = new HashSet<string>(package.Sheets.Select(s => s.Part), StringComparer.OrdinalIgnoreCase) { package.SharedStringsPart };
        var sheetNames = package.Sheets.Select(s => s.Name).Where(PersonalData.Contains).ToList();
        var found = new List<string>();
        foreach (var part in zip.Parts)
        {
            if (!part.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || read.Contains(part.Name)
                || part.Name.StartsWith("customXml/", StringComparison.OrdinalIgnoreCase)) { continue; }
            try
            {
                using var reader = XlsxPackage.Xml(zip, part.Name, limits, budget)!;
                while (reader.Read())
                {
                    if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA)) { continue; }
                    // Document properties and defined names repeat sheet names, which are screened, and reported, as sheets.
                    var text = reader.Value;
                    foreach (var name in sheetNames) { text = text.Replace(name, " ", StringComparison.Ordinal); }
                    if (PersonalData.Detect(text) is { } code && !found.Contains(code)) { found.Add(code); }
                }
            }
            catch (XmlException)
            {
                throw new ReadFailure(FindingCodes.NotReadable, "The workbook could not be read: part of its internal structure is damaged. Please save it again from Excel.");
            }
        }
        return found;
    }

    private static Sheet ReadSheet(ZipPackage zip, XlsxPackage package, string name, string label, string part, ReadLimits limits, ExpansionBudget budget, KeptBudget kept)
    {
        var builder = new SheetBuilder(name, label, limits, kept);
        using var reader = XlsxPackage.Xml(zip, part, limits, budget);
        if (reader is null) { return builder.Build(); }
        var cells = new string?[16];
        var width = 0;
        var next = 0;
        var rowNumber = 0;
        var inRow = false;
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                Array.Clear(cells, 0, width);
                width = 0;
                next = 0;
                if (reader.IsEmptyElement) { continue; }
                inRow = true;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                // Excel writes every cell inside a row; one outside would be neither kept nor screened.
                if (!inRow) { throw new XmlException("A cell outside any row."); }
                var column = Math.Min(ColumnIndex(reader.GetAttribute("r"), next), limits.MaxRowCells);
                next = column + 1;
                var row = rowNumber;
                var value = ReadCell(reader, package, limits.MaxCellChars,
                    () => XlsxPackage.CellTooLong(limits, label, row, ReceiptLabels.ColumnLetter(column)), out var formula);
                builder.Unkept(rowNumber, column, formula);
                if (column >= limits.MaxColumns)
                {
                    // Not kept, but still screened: personal data beyond the last column is refused like any other.
                    builder.Unkept(rowNumber, column, value);
                    continue;
                }
                if (column >= cells.Length) { Array.Resize(ref cells, Math.Min(limits.MaxColumns, Math.Max(column + 1, cells.Length * 2))); }
                cells[column] = value;
                width = Math.Max(width, column + 1);
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row")
            {
                inRow = false;
                builder.Add(rowNumber, cells, width);
            }
        }
        return builder.Build();
    }

    private static string? ReadCell(XmlReader reader, XlsxPackage package, int max, Func<ReadFailure> tooLong, out string? formula)
    {
        formula = null;
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement) { return null; }
        string? value = null;
        string? inline = null;
        var depth = reader.Depth;
        // ReadText leaves the reader on the next node already, so only advance when nothing was consumed.
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) { break; }
            if (reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement) { continue; }
            if (reader.LocalName == "v") { value = XlsxPackage.ReadText(reader, max, tooLong); positioned = true; }
            else if (reader.LocalName == "f") { formula = XlsxPackage.ReadText(reader, max, tooLong); positioned = true; }
            else if (reader.LocalName == "t") { inline = (inline ?? "") + XlsxPackage.ReadText(reader, max - (inline?.Length ?? 0), tooLong); positioned = true; }
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
