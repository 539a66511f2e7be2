using System.Xml.Linq;
using static SpReporting.Tests.Packs.PackMutation;

namespace SpReporting.Tests.Packs;

/// <summary>
/// The checker fails each rule when a sound pack is spoiled in just that way: each case copies the QOC pack,
/// breaks one thing, and expects the matching problem.
/// </summary>
[Collection(SampledPacksCollection.Name)]
public sealed class PackCheckerFailureTests(SampledPacks packs)
{
    private string Spoil(string name, Action<string> spoil)
    {
        var path = Copy(packs.Packs["QOC"].Path, packs.Folder, name);
        spoil(path);
        return path;
    }

    private static void Expect(string path, string problem)
    {
        var problems = PackChecker.Check(path);
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Merged_cells_are_found() => Expect(Spoil("merged", p => Edit(p, SheetPart(p, "Headline"), x =>
        x.Replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>", StringComparison.Ordinal))), "Headline: merged cells A1:B1");

    [Fact]
    public void A_formula_is_found() => Expect(Spoil("formula", p => EditXml(p, SheetPart(p, "Narratives"), doc =>
    {
        var cell = Rows(doc).Last().Row.Elements(Main + "c").Last();
        cell.ReplaceWith(new XElement(Main + "c", new XAttribute("t", "str"), new XElement(Main + "f", "1+1"), new XElement(Main + "v", "2")));
    })), "holds a formula");

    [Fact]
    public void An_empty_data_cell_is_found() => Expect(Spoil("empty", p => EditXml(p, SheetPart(p, "Definitions"), doc =>
        Rows(doc).Last().Row.Elements(Main + "c").Last().Descendants(Main + "t").Single().Value = "")), "Definitions: row");

    [Fact]
    public void A_blank_row_inside_a_table_is_found() => Expect(Spoil("blank", p => EditXml(p, SheetPart(p, "Workforce"), doc =>
        Rows(doc).First(r => r.Texts.Contains("PCN")).Row.Remove())), "Workforce: row");

    [Fact]
    public void A_missing_metadata_row_is_found() => Expect(Spoil("metadata", p => EditXml(p, SheetPart(p, "Outcomes"), doc =>
        Rows(doc).ElementAt(2).Row.Remove())), "Outcomes: row 3 is missing or blank");

    [Fact]
    public void A_cell_outside_the_table_is_found() => Expect(Spoil("outside", p => EditXml(p, SheetPart(p, "Equity"), doc =>
    {
        var last = Rows(doc).Last().Row;
        var r = (int)last.Attribute("r")! + 2;
        last.AddAfterSelf(new XElement(Main + "row", new XAttribute("r", r), new XElement(Main + "c", new XElement(Main + "v", "1"))));
    })), "Equity: row");

    [Fact]
    public void An_undefined_note_is_found() => Expect(Spoil("undefined-note", p => Edit(p, SheetPart(p, "Headline"), x =>
        x.Replace("Area code [note 1]", "Area code [note 99]", StringComparison.Ordinal))), "[note 99] is used but not defined");

    [Fact]
    public void An_unused_note_is_found()
    {
        // The narratives note is used only in the Narratives header: take it away there.
        var number = "";
        var path = Spoil("unused-note", p => Edit(p, SheetPart(p, "Narratives"), x =>
        {
            number = System.Text.RegularExpressions.Regex.Match(x, @"Narrative \[note (\d+)\]").Groups[1].Value;
            return x.Replace($"Narrative [note {number}]", "Narrative", StringComparison.Ordinal);
        }));
        Expect(path, $"[note {number}] is defined but not used");
    }

    [Fact]
    public void A_small_count_of_people_is_found() => Expect(Spoil("small-count", p => EditXml(p, SheetPart(p, "Referrals"), doc =>
    {
        var rows = Rows(doc).ToList();
        var column = Array.FindIndex(rows.First(r => r.Texts.Contains("Area name")).Texts, t => t.StartsWith("Referrals received (referrals)", StringComparison.Ordinal));
        var cell = rows.First(r => r.Texts.Contains("PCN")).Row.Elements(Main + "c").ElementAt(column);
        cell.ReplaceWith(new XElement(Main + "c", new XElement(Main + "v", "5")));
    })), "a sub-national count of 5 people is shown");

    [Fact]
    public void A_judgement_without_the_too_early_flag_is_found() => Expect(Spoil("too-early", p => Edit(p, SheetPart(p, "Headline"), x =>
        System.Text.RegularExpressions.Regex.Replace(x, @"Too early to judge \[note \d+\]", "Flag"))), "Headline: a judgement is shown without 'Too early to judge'");

    [Fact]
    public void Sheets_out_of_order_are_found() => Expect(Spoil("order", p => EditXml(p, "xl/workbook.xml", doc =>
    {
        var first = doc.Descendants(Main + "sheet").First();
        first.Remove();
        doc.Descendants(Main + "sheets").Single().Add(first);
    })), "not Cover, Contents, Notes");

    [Fact]
    public void A_long_sheet_name_is_found() => Expect(Spoil("long-name", p => Edit(p, "xl/workbook.xml", x =>
        x.Replace("name=\"Definitions\"", "name=\"Definitions of every measure in full\"", StringComparison.Ordinal))), "longer than 31 characters");

    [Fact]
    public void A_missing_language_is_found() => Expect(Spoil("language", p => Edit(p, "docProps/core.xml", x =>
        x.Replace("<dc:language>en-GB</dc:language>", "", StringComparison.Ordinal))), "the document language is not set");

    [Fact]
    public void Two_header_rows_are_found() => Expect(Spoil("headers", p => Edit(p, "xl/tables/table3.xml", x =>
        x.Replace("headerRowCount=\"1\"", "headerRowCount=\"2\"", StringComparison.Ordinal))), "2 header rows");

    [Fact]
    public void A_sheet_without_its_table_is_found() => Expect(Spoil("no-table", p => EditXml(p, SheetPart(p, "Equity"), doc =>
        doc.Descendants(Main + "tableParts").Remove())), "Equity: has 0 tables listed for 1 table parts");

    [Fact]
    public void A_narrative_that_could_become_a_formula_is_found() => Expect(Spoil("quote-prefix", p => Edit(p, "xl/styles.xml", x =>
        x.Replace(" quotePrefix=\"1\"", "", StringComparison.Ordinal))), "could be taken for a formula");

    [Fact]
    public void Another_font_is_found() => Expect(Spoil("font", p => Edit(p, "xl/styles.xml", x =>
        x.Replace("<name val=\"Arial\" />", "<name val=\"Calibri\" />", StringComparison.Ordinal))), "a font other than Arial");

    [Fact]
    public void A_missing_contents_link_is_found() => Expect(Spoil("link", p => EditXml(p, SheetPart(p, "Contents"), doc =>
        doc.Descendants(Main + "hyperlink").Last().Remove())), "Contents: no link to Definitions");

    [Fact]
    public void A_changed_narrative_is_found()
    {
        var (path, input) = packs.Packs["QOC"];
        var problems = PackChecker.Check(path, input.Narratives.Select(n => n.Text).Append("A narrative that was never shown"));
        Assert.Contains(problems, p => p.StartsWith("Narratives: a narrative is not shown verbatim", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_in_General_format_is_found() => Expect(Spoil("general", p => EditXml(p, SheetPart(p, "Headline"), doc =>
    {
        var number = Rows(doc).Skip(1).SelectMany(r => r.Row.Elements(Main + "c")).First(c => c.Attribute("t") is null && c.Element(Main + "v") is not null);
        number.SetAttributeValue("s", null);
    })), "has no thousands separator");
}
