using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace SpReporting.Packs.Rendering;

/// <summary>
/// Finishes an .xlsx package in place with what a writer could not set itself: the document language, real
/// internal hyperlinks on the Contents sheet (not HYPERLINK formulas), Arial as every font, and the quote prefix that makes Excel keep
/// user text as text even when a cell is edited. Only small parts are rewritten; sheet data is left alone.
/// </summary>
internal static class PackPackage
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Worksheet elements that must come after <c>hyperlinks</c> (ECMA-376 order).</summary>
    private static readonly HashSet<string> AfterHyperlinks =
    [
        "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
        "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls",
        "webPublishItems", "tableParts", "extLst",
    ];

    public sealed record Links(string Sheet, IReadOnlyList<(string Cell, string Target)> Cells);

    public static void Finish(Stream package, string language, Links? links = null, IReadOnlyCollection<int>? quotePrefixStyles = null)
    {
        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        Rewrite(zip, CorePart(zip), doc =>
        {
            var root = doc.Root!;
            root.Elements(Dc + "language").Remove();
            root.Add(new XElement(Dc + "language", language));
        });
        Rewrite(zip, "xl/styles.xml", doc =>
        {
            // Every font is the pack's font, including a writer's built-in default that no cell may use.
            foreach (var name in doc.Descendants(Main + "font").Elements(Main + "name")) { name.SetAttributeValue("val", PackStyle.Font); }
            var xfs = doc.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ToList();
            foreach (var i in quotePrefixStyles ?? []) { xfs[i].SetAttributeValue("quotePrefix", "1"); }
        });
        if (links is { Cells.Count: > 0 })
        {
            Rewrite(zip, SheetPart(zip, links.Sheet), doc => AddHyperlinks(doc.Root!, links.Cells));
        }
    }

    private static void AddHyperlinks(XElement worksheet, IReadOnlyList<(string Cell, string Target)> cells)
    {
        var element = new XElement(Main + "hyperlinks", cells.Select(c => new XElement(Main + "hyperlink",
            new XAttribute("ref", c.Cell), new XAttribute("location", $"'{c.Target.Replace("'", "''", StringComparison.Ordinal)}'!A1"), new XAttribute("display", c.Target))));
        worksheet.Elements(Main + "hyperlinks").Remove();
        var after = worksheet.Elements().FirstOrDefault(e => AfterHyperlinks.Contains(e.Name.LocalName));
        if (after is null) { worksheet.Add(element); } else { after.AddBeforeSelf(element); }
    }

    /// <summary>The core properties part, wherever the package's relationships put it.</summary>
    private static string CorePart(ZipArchive zip)
    {
        const string type = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
        var rels = Load(zip, "_rels/.rels");
        var target = rels.Root!.Elements(PackageRel + "Relationship").First(r => (string?)r.Attribute("Type") == type).Attribute("Target")!.Value;
        return target.TrimStart('/');
    }

    /// <summary>The part of a sheet by its name: workbook.xml gives the relationship, its .rels the target.</summary>
    private static string SheetPart(ZipArchive zip, string sheet)
    {
        var workbook = Load(zip, "xl/workbook.xml");
        var id = workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet")
            .First(s => (string?)s.Attribute("name") == sheet).Attribute(Rel + "id")!.Value;
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var target = rels.Root!.Elements(PackageRel + "Relationship").First(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    private static XDocument Load(ZipArchive zip, string part)
    {
        var entry = zip.GetEntry(part) ?? throw new InvalidDataException($"The package has no {part}.");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static void Rewrite(ZipArchive zip, string part, Action<XDocument> change)
    {
        var doc = Load(zip, part);
        change(doc);
        using var stream = zip.GetEntry(part)!.Open();
        stream.SetLength(0);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        doc.Save(writer, SaveOptions.DisableFormatting);
    }
}
