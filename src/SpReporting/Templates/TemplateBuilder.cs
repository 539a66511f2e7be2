using ClosedXML.Excel;

namespace SpReporting.Templates;

/// <summary>
/// Builds a template workbook from a <see cref="TemplateSpec"/>: Guidance first (so the file opens on
/// it), the data sheets in specification order, then the very hidden Lists sheet. Arial throughout.
/// </summary>
internal static class TemplateBuilder
{
    public const string FontName = "Arial";

    /// <param name="dataSheets">The data sheets to lay out; defaults to all of the template's. Guidance always documents all.</param>
    public static XLWorkbook Build(TemplateSpec spec, IReadOnlyList<SheetSpec>? dataSheets = null)
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        TemplateFile.SetProperties(workbook, spec);
        var guidance = workbook.Worksheets.Add(TemplateSpec.GuidanceSheet);
        var sheets = (dataSheets ?? spec.Sheets).Select(s => (Spec: s, Sheet: workbook.Worksheets.Add(s.Name))).ToList();
        var lists = ListsSheet.Add(workbook, spec);
        foreach (var (sheetSpec, sheet) in sheets) { DataSheet.Build(sheet, sheetSpec, lists); }
        GuidanceText.Write(guidance, spec);
        guidance.SetTabActive();
        return workbook;
    }
}
