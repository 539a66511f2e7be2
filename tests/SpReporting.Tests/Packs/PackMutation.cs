using System.IO.Compression;
using System.Xml.Linq;

namespace SpReporting.Tests.Packs;

/// <summary>Copies a pack and edits one part of the copy, to show the checker catches what it should.</summary>
public static class PackMutation
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static string Copy(string source, string folder, string name)
    {
        var path = Path.Combine(folder, name + ".xlsx");
        File.Copy(source, path, overwrite: true);
        return path;
    }

    public static void Edit(string path, string part, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? throw new ArgumentException($"No part {part}.");
        string text;
        using (var reader = new StreamReader(entry.Open())) { text = reader.ReadToEnd(); }
        var changed = change(text);
        Assert.NotEqual(text, changed);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
        writer.Write(changed);
    }

    public static void EditXml(string path, string part, Action<XDocument> change) =>
        Edit(path, part, text =>
        {
            var doc = XDocument.Parse(text);
            change(doc);
            return doc.Declaration + doc.ToString(SaveOptions.DisableFormatting);
        });

    /// <summary>The part holding a sheet, from the workbook and its relationships.</summary>
    public static string SheetPart(string path, string sheet)
    {
        using var zip = ZipFile.OpenRead(path);
        XDocument Load(string part) { using var s = zip.GetEntry(part)!.Open(); return XDocument.Load(s); }
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var id = Load("xl/workbook.xml").Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheet).Attribute(r + "id")!.Value;
        var target = Load("xl/_rels/workbook.xml.rels").Root!.Elements().Single(e => (string?)e.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    /// <summary>Rows of a sheet's XML with their cells' text (inline strings or values), to find one to change.</summary>
    public static IEnumerable<(XElement Row, string[] Texts)> Rows(XDocument sheet) =>
        sheet.Descendants(Main + "row").Select(r => (r, r.Elements(Main + "c").Select(c => c.Value).ToArray()));
}
