using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using SpreadCheetah.Worksheets;
using SpReporting.Packs.Model;

namespace SpReporting.Packs.Rendering;

/// <summary>
/// Renders a pack with SpreadCheetah, which streams rows straight into the package: the writer chosen by
/// measurement (docs/benchmarks.md), as a national pack with PCN detail is millions of cells.
/// </summary>
internal sealed class SpreadCheetahRenderer : IPackRenderer
{
    public async Task RenderAsync(PackDocument document, Stream output, CancellationToken cancellationToken)
    {
        var options = new SpreadCheetahOptions
        {
            DefaultFont = new DefaultFont { Name = PackStyle.Font, Size = PackStyle.Size },
            DocumentProperties = new DocumentProperties { Title = document.Title, Subject = PackStyle.Subject, Author = PackStyle.Author },
            PreserveStringWhitespace = true,
        };
        var links = new List<(string, string)>();
        Styles styles;
        await using (var book = await Spreadsheet.CreateNewAsync(output, options, cancellationToken))
        {
            styles = new Styles(book);
            foreach (var sheet in document.Sheets)
            {
                await WriteSheet(book, document, sheet, styles, links, cancellationToken);
            }
            await book.FinishAsync(cancellationToken);
        }
        PackPackage.Finish(output, PackDocument.Language, new PackPackage.Links(PackDocument.ContentsSheet, links), [styles.UserText.Id]);
    }

    private static async Task WriteSheet(Spreadsheet book, PackDocument document, PackSheet sheet, Styles styles, List<(string, string)> links, CancellationToken ct)
    {
        var options = new WorksheetOptions();
        if (sheet.Table is { } t)
        {
            for (var i = 0; i < t.Columns.Count; i++) { options.Column(i + 1).Width = t.Columns[i].Width; }
        }
        else
        {
            options.Column(1).Width = PackStyle.CoverWidth;
        }
        await book.StartWorksheetAsync(sheet.Name, options, ct);
        await book.AddRowAsync([new Cell(sheet.Title, styles.Title)], ct);
        var lineStyle = sheet.Table is null ? styles.Wrap : (StyleId?)null;
        foreach (var line in sheet.Lines)
        {
            await book.AddRowAsync([new Cell(document.Text(line.Text), line.Kind == LineKind.Heading ? styles.Heading : lineStyle)], ct);
        }
        if (sheet.Table is not { } table) { return; }

        book.StartTable(new Table(TableStyle.None, table.Name));
        await book.AddHeaderRowAsync(table.Columns.Select(c => document.Text(c.Header)).ToArray(), styles.Header, ct);
        var wrap = table.Columns.Select(c => c.Wrap).ToArray();
        var buffer = new Cell[table.Columns.Count];
        var row = sheet.HeaderRow;
        foreach (var cells in table.RowsOrPlaceholder())
        {
            row++;
            for (var i = 0; i < cells.Length; i++)
            {
                var c = cells[i];
                buffer[i] = c.Kind switch
                {
                    PackCellKind.Number => new Cell(c.Number, styles.Number(c.Format)),
                    PackCellKind.UserText => new Cell(c.Text, styles.UserText),
                    PackCellKind.SheetLink => new Cell(c.Text, styles.Link),
                    _ => new Cell(c.Text, wrap[i] ? styles.Wrap : null),
                };
                if (c.Kind == PackCellKind.SheetLink) { links.Add((SpreadsheetUtility.GetColumnName(i + 1) + row, c.Text!)); }
            }
            await book.AddRowAsync(buffer, ct);
        }
        await book.FinishTableAsync(ct);
    }

    /// <summary>Styles registered once per workbook. User text has a style of its own so it alone gets the quote prefix.</summary>
    private sealed class Styles
    {
        public Styles(Spreadsheet book)
        {
            Title = book.AddStyle(new Style { Font = new Font { Name = PackStyle.Font, Bold = true, Size = PackStyle.TitleSize } });
            Heading = book.AddStyle(new Style { Font = new Font { Name = PackStyle.Font, Bold = true, Size = PackStyle.HeadingSize } });
            Header = book.AddStyle(new Style { Font = new Font { Name = PackStyle.Font, Bold = true, Size = PackStyle.Size }, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top } });
            Wrap = book.AddStyle(new Style { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top } });
            UserText = book.AddStyle(new Style { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top, Horizontal = HorizontalAlignment.Left } });
            Link = book.AddStyle(new Style { Font = new Font { Name = PackStyle.Font, Underline = Underline.Single, Color = System.Drawing.ColorTranslator.FromHtml(PackStyle.LinkColour) } });
            if (UserText.Id == Wrap.Id) { throw new InvalidOperationException("User text needs a style of its own for the quote prefix."); }
            _numbers = Enum.GetValues<PackNumberFormat>().Select(f => book.AddStyle(new Style { Format = NumberFormat.Custom(f.Code()) })).ToArray();
        }

        private readonly StyleId[] _numbers;

        public StyleId Number(PackNumberFormat format) => _numbers[(int)format];

        public StyleId Title { get; }
        public StyleId Heading { get; }
        public StyleId Header { get; }
        public StyleId Wrap { get; }
        public StyleId UserText { get; }
        public StyleId Link { get; }
    }
}
