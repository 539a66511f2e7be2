using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SpReporting.Tests.Packs;

/// <summary>A small sheet's table read back as rows keyed by header (without [note n] markers), for content tests.</summary>
public static class PackTableReader
{
    public static List<Dictionary<string, ReadCell>> Read(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var headerRow = PackSheetReader.RowOf(part.TableDefinitionParts.Single().Table.Reference!.Value!.Split(':')[0]);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        string[] headers = [];
        var rows = new List<Dictionary<string, ReadCell>>();
        PackSheetReader.Read(part, shared, (index, cells) =>
        {
            if (index == headerRow) { headers = cells.Select(c => SheetCheck.WithoutNotes(c.Text)).ToArray(); }
            else if (index > headerRow) { rows.Add(cells.ToDictionary(c => headers[c.Column - 1])); }
        }, _ => { }, (_, _) => { });
        return rows;
    }
}
