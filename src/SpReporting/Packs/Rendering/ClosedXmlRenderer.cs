using ClosedXML.Excel;
using SpReporting.Packs.Model;

namespace SpReporting.Packs.Rendering;

/// <summary>
/// Renders a pack with ClosedXML, which builds the whole workbook in memory. Kept to measure against
/// <see cref="SpreadCheetahRenderer"/> on the same document (docs/benchmarks.md) and to show the checker
/// does not depend on one writer; packs are written with SpreadCheetah.
/// </summary>
internal sealed class ClosedXmlRenderer : IPackRenderer
{
    public Task RenderAsync(PackDocument document, Stream output, CancellationToken cancellationToken)
    {
        using (var book = new XLWorkbook())
        {
            book.Style.Font.FontName = PackStyle.Font;
            book.Style.Font.FontSize = PackStyle.Size;
            book.Properties.Title = document.Title;
            book.Properties.Subject = PackStyle.Subject;
            book.Properties.Author = PackStyle.Author;
            foreach (var sheet in document.Sheets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteSheet(book.Worksheets.Add(sheet.Name), document, sheet);
            }
            book.SaveAs(output);
        }
        PackPackage.Finish(output, PackDocument.Language);
        return Task.CompletedTask;
    }

    private static void WriteSheet(IXLWorksheet ws, PackDocument document, PackSheet sheet)
    {
        var title = ws.Cell(1, 1).SetValue(sheet.Title);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = PackStyle.TitleSize;
        var r = 2;
        foreach (var line in sheet.Lines)
        {
            var cell = ws.Cell(r++, 1).SetValue(document.Text(line.Text));
            if (line.Kind == LineKind.Heading)
            {
                cell.Style.Font.Bold = true;
                cell.Style.Font.FontSize = PackStyle.HeadingSize;
            }
            else if (sheet.Table is null)
            {
                cell.Style.Alignment.WrapText = true;
            }
        }
        if (sheet.Table is not { } table)
        {
            ws.Column(1).Width = PackStyle.CoverWidth;
            return;
        }
        var header = r;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var cell = ws.Cell(header, i + 1).SetValue(document.Text(table.Columns[i].Header));
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            ws.Column(i + 1).Width = table.Columns[i].Width;
        }
        foreach (var cells in table.RowsOrPlaceholder())
        {
            r++;
            for (var i = 0; i < cells.Length; i++) { Write(ws.Cell(r, i + 1), cells[i], table.Columns[i].Wrap); }
        }
        var created = ws.Range(header, 1, r, table.Columns.Count).CreateTable(table.Name);
        created.Theme = XLTableTheme.None;
    }

    private static void Write(IXLCell cell, PackCell c, bool wrap)
    {
        switch (c.Kind)
        {
            case PackCellKind.Number:
                cell.SetValue(c.Number);
                cell.Style.NumberFormat.Format = c.Format.Code();
                return;
            case PackCellKind.SheetLink:
                cell.SetValue(c.Text!);
                cell.Hyperlink = new XLHyperlink($"'{c.Text!.Replace("'", "''", StringComparison.Ordinal)}'!A1");
                cell.Style.Font.Underline = XLFontUnderlineValues.Single;
                return;
            case PackCellKind.UserText:
                cell.SetValue(c.Text!);
                cell.DataType = XLDataType.Text;
                cell.Style.IncludeQuotePrefix = true;
                cell.Style.Alignment.WrapText = true;
                return;
            default:
                cell.SetValue(c.Text!);
                if (wrap) { cell.Style.Alignment.WrapText = true; }
                return;
        }
    }
}
