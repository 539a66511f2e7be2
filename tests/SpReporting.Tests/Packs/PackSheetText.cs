using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SpReporting.Tests.Packs;

/// <summary>Every non-empty cell text of a sheet, row by row: for sheets of text such as the Cover.</summary>
public static class PackSheetText
{
    public static List<string> Column(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var lines = new List<string>();
        PackSheetReader.Read(part, shared, (_, cells) => lines.AddRange(cells.Select(c => c.Text).Where(t => t.Length > 0)), _ => { }, (_, _) => { });
        return lines;
    }
}
