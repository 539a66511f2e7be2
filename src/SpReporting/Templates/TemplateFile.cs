using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SpReporting.Templates;

/// <summary>
/// Saves a template workbook. Two things ClosedXML cannot set are patched into the package after
/// saving: the document language (accessible spreadsheets declare it) and the font of the Normal
/// style, so cells a person types into outside the styled columns are Arial too.
/// </summary>
internal static class TemplateFile
{
    public static void Save(XLWorkbook workbook, Stream output)
    {
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        using (var package = SpreadsheetDocument.Open(buffer, true))
        {
            package.PackageProperties.Language = TemplateSpec.Language;
            var stylesheet = package.WorkbookPart?.WorkbookStylesPart?.Stylesheet;
            if (stylesheet?.Fonts?.Elements<Font>().FirstOrDefault()?.FontName is { } normalFont)
            {
                normalFont.Val = TemplateBuilder.FontName;
                stylesheet.Save();
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public static void SetProperties(XLWorkbook workbook, TemplateSpec spec)
    {
        workbook.Properties.Title = spec.Title;
        workbook.Properties.Subject = spec.Subject;
        workbook.Properties.Author = "NHS social prescribing data collection";
        workbook.Properties.Category = "Data collection template";
        workbook.Properties.Keywords = "social prescribing; link workers; return; template";
        workbook.Properties.Comments = "Schema version 1. Start with the Guidance sheet.";
    }
}
