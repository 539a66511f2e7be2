using System.Xml;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// The parts of an .xlsx package the reader needs: sheet names and their parts, shared strings, and
/// which cell styles are dates. Read with forward-only XML readers so memory stays small.
/// </summary>
internal sealed class XlsxPackage
{
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxPackage(IReadOnlyList<(string Name, string Part)> sheets, string sharedStringsPart, string[] sharedStrings, bool[] dateStyles)
    {
        SharedStringsPart = sharedStringsPart;
        Sheets = sheets;
        SharedStrings = sharedStrings;
        DateStyles = dateStyles;
    }

    public IReadOnlyList<(string Name, string Part)> Sheets { get; }
    public string SharedStringsPart { get; }
    public string[] SharedStrings { get; }
    public bool[] DateStyles { get; }

    public static XlsxPackage Open(ZipPackage zip, ReadLimits limits, ExpansionBudget budget, KeptBudget kept)
    {
        var rels = ReadRelationships(zip, limits, budget);
        var sheets = new List<(string, string)>();
        using (var reader = Xml(zip, "xl/workbook.xml", limits, budget, required: true)!)
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    var name = reader.GetAttribute("name") ?? "";
                    var id = reader.GetAttribute("id", RelNs) ?? "";
                    if (rels.TryGetValue(id, out var target)) { sheets.Add((name, target)); }
                }
            }
        }
        var shared = rels.Values.FirstOrDefault(t => t.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)) ?? "xl/sharedStrings.xml";
        var styles = rels.Values.FirstOrDefault(t => t.EndsWith("styles.xml", StringComparison.OrdinalIgnoreCase)) ?? "xl/styles.xml";
        return new XlsxPackage(sheets, shared, ReadSharedStrings(zip, shared, limits, budget, kept), ReadDateStyles(zip, styles, limits, budget));
    }

    public static XmlReader? Xml(ZipPackage zip, string part, ReadLimits limits, ExpansionBudget budget, bool required = false)
    {
        var entry = zip.Find(part);
        if (entry is null)
        {
            return required
                ? throw new ReadFailure(FindingCodes.NotReadable, "The file is a zip but not an Excel workbook (it has no workbook part). Upload the .xlsx template or a .zip of CSV sheets.")
                : null;
        }
        var settings = new XmlReaderSettings
        {
            // No DTDs, no external resolution: a workbook is untrusted input (XXE, billion laughs).
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            IgnoreComments = true,
            CloseInput = true,
        };
        return XmlReader.Create(new XmlTokenGuard(zip.Open(entry, budget), limits.MaxXmlTokenBytes, limits.MaxXmlDepth), settings);
    }

    private static Dictionary<string, string> ReadRelationships(ZipPackage zip, ReadLimits limits, ExpansionBudget budget)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Xml(zip, "xl/_rels/workbook.xml.rels", limits, budget, required: true)!;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") { continue; }
            var id = reader.GetAttribute("Id");
            var target = reader.GetAttribute("Target");
            if (id is null || target is null) { continue; }
            map[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        return map;
    }

    private static string[] ReadSharedStrings(ZipPackage zip, string part, ReadLimits limits, ExpansionBudget budget, KeptBudget kept)
    {
        using var reader = Xml(zip, part, limits, budget);
        if (reader is null) { return []; }
        var list = new List<string>();
        var text = new System.Text.StringBuilder();
        var inPhonetic = 0;
        // ReadText leaves the reader on the next node already, so only advance when nothing was consumed.
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "si":
                    text.Clear();
                    if (reader.IsEmptyElement) { list.Add(""); kept.SpendRow(0); }
                    break;
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    inPhonetic++;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    inPhonetic--;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t" && inPhonetic == 0 && !reader.IsEmptyElement:
                    text.Append(ReadText(reader, limits.MaxCellChars - text.Length, () => CellTooLong(limits)));
                    positioned = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "si":
                    var value = text.ToString();
                    kept.SpendRow(0);
                    kept.SpendText(value);
                    list.Add(value);
                    break;
            }
        }
        return [.. list];
    }

    private static bool[] ReadDateStyles(ZipPackage zip, string part, ReadLimits limits, ExpansionBudget budget)
    {
        using var reader = Xml(zip, part, limits, budget);
        if (reader is null) { return []; }
        var customFormats = new Dictionary<int, string>();
        var styles = new List<bool>();
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "numFmt":
                        // Excel keeps at most a few hundred formats and 64,000 styles; more is not a real workbook and is ignored.
                        if (customFormats.Count < 10_000 && int.TryParse(reader.GetAttribute("numFmtId"), out var id))
                        {
                            customFormats[id] = reader.GetAttribute("formatCode") ?? "";
                        }
                        break;
                    case "cellXfs":
                        inCellXfs = !reader.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs && styles.Count < 65_536:
                        _ = int.TryParse(reader.GetAttribute("numFmtId"), out var fmt);
                        styles.Add(IsDateFormat(fmt, customFormats));
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
        }
        return [.. styles];
    }

    /// <summary>
    /// The text of the element the reader is on, like <see cref="XmlReader.ReadElementContentAsString()"/>
    /// (the reader is left on the node after its end), but refused as soon as it is longer than
    /// <paramref name="max"/> characters: each text node is short (<see cref="XmlTokenGuard"/>), yet
    /// comments or CDATA sections between them could join them into hundreds of megabytes.
    /// </summary>
    public static string ReadText(XmlReader reader, int max, Func<ReadFailure> tooLong)
    {
        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (reader.Value.Length > max - text.Length) { throw tooLong(); }
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when reader.Depth == depth:
                    reader.Read();
                    return text.ToString();
                case XmlNodeType.Element:
                    throw new XmlException("An element was found where only text is allowed.");
            }
        }
        throw new XmlException("The part ended inside an element.");
    }

    public static ReadFailure CellTooLong(ReadLimits limits, string? sheet = null, int? row = null, string? column = null) => new(FindingCodes.TooLarge,
        $"The workbook holds a cell longer than {limits.MaxCellChars:N0} characters, Excel's own limit for a cell. Please save it again from the template.",
        sheet, row, column);

    /// <summary>Built-in date formats (ECMA-376 18.8.30) or a custom code with day or year parts.</summary>
    internal static bool IsDateFormat(int id, IReadOnlyDictionary<int, string> custom)
    {
        if (id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58) { return true; }
        if (!custom.TryGetValue(id, out var code)) { return false; }
        var inQuote = false;
        var inBracket = false;
        foreach (var ch in code)
        {
            switch (ch)
            {
                case '"': inQuote = !inQuote; break;
                case '[' when !inQuote: inBracket = true; break;
                case ']' when !inQuote: inBracket = false; break;
                case 'd' or 'D' or 'y' or 'Y' when !inQuote && !inBracket: return true;
            }
        }
        return false;
    }
}
