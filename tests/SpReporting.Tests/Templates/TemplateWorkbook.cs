using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using SpReporting.Returns;
using SpReporting.Templates;

namespace SpReporting.Tests.Templates;

/// <summary>Opens generated templates with ClosedXML and reads back what a person would see.</summary>
internal static class TemplateWorkbook
{
    public static byte[] Bytes(ReturnKind kind)
    {
        using var stream = new MemoryStream();
        ReturnTemplates.Write(kind, stream);
        return stream.ToArray();
    }

    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    public static XLWorkbook Open(ReturnKind kind) => Open(Bytes(kind));

    public static string? Language(byte[] bytes)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return package.PackageProperties.Language;
    }

    public static IReadOnlyList<string> Headers(IXLWorksheet ws) =>
        ws.Row(1).CellsUsed().Select(c => c.GetString()).ToList();

    public static int ColumnOf(IXLWorksheet ws, string header) =>
        ws.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    public static IXLDataValidation? ValidationAt(IXLWorksheet ws, int row, int column) =>
        ws.DataValidations.FirstOrDefault(dv => dv.Ranges.Any(r =>
            r.RangeAddress.FirstAddress.RowNumber <= row && row <= r.RangeAddress.LastAddress.RowNumber
            && r.RangeAddress.FirstAddress.ColumnNumber <= column && column <= r.RangeAddress.LastAddress.ColumnNumber));

    /// <summary>The values a list validation offers, read from the range it references.</summary>
    public static IReadOnlyList<string> ListValues(XLWorkbook wb, IXLDataValidation dv)
    {
        var reference = dv.Value.TrimStart('=');
        var bang = reference.IndexOf('!', StringComparison.Ordinal);
        var sheet = wb.Worksheet(reference[..bang].Trim('\''));
        return sheet.Range(reference[(bang + 1)..].Replace("$", "", StringComparison.Ordinal)).Cells().Select(c => c.GetString()).ToList();
    }

    /// <summary>Rows of the guidance table as (sheet or topic, column, whole row text).</summary>
    public static IReadOnlyList<(string Topic, string Column, string Text)> Guidance(XLWorkbook wb)
    {
        var ws = wb.Worksheet(TemplateSpec.GuidanceSheet);
        var header = ws.RowsUsed().First(r => r.Cell(2).GetString() == "column").RowNumber();
        return ws.RowsUsed().Where(r => r.RowNumber() > header)
            .Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString(), string.Join(" | ", r.Cells(1, 7).Select(c => c.GetString()))))
            .ToList();
    }

    public static string AllText(IXLWorksheet ws) => string.Join("\n", ws.CellsUsed().Select(c => c.GetString()));
}
