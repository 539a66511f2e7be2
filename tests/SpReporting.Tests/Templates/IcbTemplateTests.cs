using ClosedXML.Excel;
using SpReporting.Returns;
using SpReporting.Returns.Icb;
using SpReporting.Templates;
using static SpReporting.Tests.Templates.TemplateWorkbook;

namespace SpReporting.Tests.Templates;

public sealed class IcbTemplateTests
{
    private static readonly byte[] File = Bytes(ReturnKind.Icb);

    [Fact]
    public void Sheets_are_guidance_first_then_the_data_sheets_in_spec_order_then_a_very_hidden_lists_sheet()
    {
        using var wb = Open(File);
        Assert.Equal(["Guidance", "Submission", "Plan", "Investment", "Capacity", "Narrative", "Lists"], wb.Worksheets.Select(w => w.Name));
        Assert.Equal(XLWorksheetVisibility.VeryHidden, wb.Worksheet("Lists").Visibility);
        Assert.Equal("en-GB", Language(File));
        Assert.Equal(IcbTemplate.Spec.Title, wb.Properties.Title);
    }

    [Theory]
    [InlineData(IcbSchema.Plan)]
    [InlineData(IcbSchema.Investment)]
    [InlineData(IcbSchema.Narrative)]
    public void Table_sheets_have_the_schema_header_and_no_data(string sheet)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(sheet);
        Assert.Equal(IcbSchema.ColumnsOf(sheet), Headers(ws));
        Assert.True(ws.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, ws.SheetView.SplitRow);
        Assert.All(ws.CellsUsed(XLCellsUsedOptions.Contents), c => Assert.Equal(1, c.Address.RowNumber));
    }

    [Theory]
    [InlineData(IcbSchema.Submission)]
    [InlineData(IcbSchema.Capacity)]
    public void Field_value_sheets_list_their_fields(string sheet)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(sheet);
        var fields = sheet == IcbSchema.Submission ? IcbSchema.SubmissionFields : IcbSchema.CapacityFields;
        Assert.Equal(["field", "value"], Headers(ws));
        Assert.Equal(fields, Enumerable.Range(2, fields.Count).Select(r => ws.Cell(r, 1).GetString()));
        var prefilled = Enumerable.Range(2, fields.Count).Where(r => !ws.Cell(r, 2).IsEmpty()).Select(r => (ws.Cell(r, 1).GetString(), ws.Cell(r, 2).GetString()));
        Assert.Equal(sheet == IcbSchema.Submission ? [("schema_version", "1")] : [], prefilled);
    }

    [Fact]
    public void Investment_category_has_a_drop_down_of_the_investment_categories()
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(IcbSchema.Investment);
        var dv = ValidationAt(ws, 2, ColumnOf(ws, "category"));
        Assert.NotNull(dv);
        Assert.Equal(XLAllowedValues.List, dv.AllowedValues);
        Assert.Equal(CodeLists.InvestmentCategory.Codes, ListValues(wb, dv));
        Assert.Contains("TRAINING_SUPERVISION", ListValues(wb, dv));
    }

    [Theory]
    [InlineData(IcbSchema.Plan, 2, 2, XLAllowedValues.Decimal, "0", "50")]
    [InlineData(IcbSchema.Investment, 2, 2, XLAllowedValues.Decimal, "0", "100000000")]
    [InlineData(IcbSchema.Capacity, 2, 2, XLAllowedValues.WholeNumber, "0", "1000000")]
    [InlineData(IcbSchema.Narrative, 2, 1, XLAllowedValues.TextLength, "0", "4000")]
    public void Values_check_their_range(string sheet, int row, int column, XLAllowedValues type, string min, string max)
    {
        using var wb = Open(File);
        var dv = ValidationAt(wb.Worksheet(sheet), row, column);
        Assert.NotNull(dv);
        Assert.Equal(type, dv.AllowedValues);
        if (dv.Operator == XLOperator.Between) { Assert.Equal(min, dv.MinValue); }
        Assert.Equal(max, dv.Operator == XLOperator.Between ? dv.MaxValue : dv.Value);
    }

    [Fact]
    public void Guidance_documents_every_column_and_field_and_the_narrative_cell()
    {
        using var wb = Open(File);
        var documented = Guidance(wb).Select(r => (r.Topic, r.Column)).ToHashSet();
        foreach (var sheet in new[] { IcbSchema.Plan, IcbSchema.Investment, IcbSchema.Narrative })
        {
            Assert.All(IcbSchema.ColumnsOf(sheet), c => Assert.Contains((sheet, c), documented));
        }
        Assert.All(IcbSchema.SubmissionFields, f => Assert.Contains((IcbSchema.Submission, f), documented));
        Assert.All(IcbSchema.CapacityFields, f => Assert.Contains((IcbSchema.Capacity, f), documented));
        var text = AllText(wb.Worksheet(TemplateSpec.GuidanceSheet));
        Assert.Contains("A2", text, StringComparison.Ordinal);
        Assert.All(CodeLists.InvestmentCategory.Codes, c => Assert.Contains(c, text, StringComparison.Ordinal));
    }
}
