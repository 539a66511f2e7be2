using ClosedXML.Excel;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;
using SpReporting.Templates;
using static SpReporting.Tests.Templates.TemplateWorkbook;

namespace SpReporting.Tests.Templates;

public sealed class PcnTemplateTests
{
    private static readonly byte[] File = Bytes(ReturnKind.Pcn);

    // Which code list each drop-down column must offer: written out here, independently of the template's own spec.
    public static TheoryData<string, string, string[]> DropDowns
    {
        get
        {
            var data = Fixed();
            var constructs = PcnSchema.CoherenceItems.Concat(PcnSchema.CognitiveParticipationItems)
                .Concat(PcnSchema.CollectiveActionItems).Concat(PcnSchema.ReflexiveMonitoringItems);
            foreach (var item in constructs) { data.Add(PcnSchema.Implementation, item, ["1", "2", "3", "4", "5", "NR"]); }
            return data;
        }
    }

    private static TheoryData<string, string, string[]> Fixed() => new()
    {
        { PcnSchema.Workforce, "role", CodeLists.Role.Codes.ToArray() },
        { PcnSchema.Workforce, "status", CodeLists.PostStatus.Codes.ToArray() },
        { PcnSchema.Workforce, "funding", CodeLists.Funding.Codes.ToArray() },
        { PcnSchema.Workforce, "employer", CodeLists.Employer.Codes.ToArray() },
        { PcnSchema.Referrals, "source", CodeLists.Source.Codes.ToArray() },
        { PcnSchema.Referrals, "age_band", CodeLists.AgeBand.Codes.ToArray() },
        { PcnSchema.Referrals, "sex", CodeLists.Sex.Codes.ToArray() },
        { PcnSchema.Referrals, "ethnic_group", CodeLists.EthnicGroup.Codes.ToArray() },
        { PcnSchema.Referrals, "status", CodeLists.ReferralStatus.Codes.ToArray() },
        { PcnSchema.Referrals, "wellbeing_tool", CodeLists.WellbeingTool.Codes.ToArray() },
        { PcnSchema.Implementation, "respondent_role", CodeLists.RespondentRole.Codes.ToArray() },
    };

    [Fact]
    public void Sheets_are_guidance_first_then_the_data_sheets_in_spec_order_then_a_very_hidden_lists_sheet()
    {
        using var wb = Open(File);
        Assert.Equal(["Guidance", "Submission", "Workforce", "Referrals", "Implementation", "Utilisation", "Lists"], wb.Worksheets.Select(w => w.Name));
        Assert.Equal(XLWorksheetVisibility.VeryHidden, wb.Worksheet("Lists").Visibility);
        Assert.All(wb.Worksheets.Where(w => w.Name != "Lists"), w => Assert.Equal(XLWorksheetVisibility.Visible, w.Visibility));
        Assert.True(wb.Worksheet("Guidance").TabActive);
    }

    [Theory]
    [InlineData(PcnSchema.Workforce)]
    [InlineData(PcnSchema.Referrals)]
    [InlineData(PcnSchema.Implementation)]
    [InlineData(PcnSchema.Utilisation)]
    public void Data_sheet_has_the_schema_header_bold_frozen_with_explicit_widths_and_no_data(string sheet)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(sheet);
        Assert.Equal(PcnSchema.ColumnsOf(sheet), Headers(ws));
        Assert.All(ws.Row(1).CellsUsed(), c => Assert.True(c.Style.Font.Bold));
        Assert.Equal(1, ws.SheetView.SplitRow);
        Assert.All(Enumerable.Range(1, PcnSchema.ColumnsOf(sheet).Count), i => Assert.True(ws.Column(i).Width >= PcnSchema.ColumnsOf(sheet)[i - 1].Length));
        Assert.All(ws.CellsUsed(XLCellsUsedOptions.Contents), c => Assert.Equal(1, c.Address.RowNumber));
    }

    [Theory]
    [MemberData(nameof(DropDowns))]
    public void Code_list_column_has_a_drop_down_over_the_data_rows_offering_exactly_its_codes(string sheet, string column, string[] codes)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(sheet);
        var col = ColumnOf(ws, column);
        foreach (var row in new[] { 2, 5001, TemplateSpec.LastDataRow })
        {
            var dv = ValidationAt(ws, row, col);
            Assert.NotNull(dv);
            Assert.Equal(XLAllowedValues.List, dv.AllowedValues);
            Assert.True(dv.InCellDropdown);
            Assert.StartsWith("Lists!", dv.Value.TrimStart('='), StringComparison.Ordinal);
            Assert.Equal(codes, ListValues(wb, dv));
        }
        Assert.Null(ValidationAt(ws, 1, col)); // the header row is not validated
    }

    [Fact]
    public void Every_code_list_column_of_the_schema_is_covered_by_the_drop_down_table()
    {
        // Guards the table above: a new code-list column in the spec must be added to it.
        var listed = DropDowns.Select(d => ((string)d[0], (string)d[1])).ToHashSet();
        var coded = PcnTemplate.Spec.Sheets.Where(s => s.Layout == SheetLayout.Table)
            .SelectMany(s => s.Columns.Where(c => c.Codes is not null && c.Kind != ColumnKind.MultiCode).Select(c => (s.Name, c.Name)))
            .ToList();
        Assert.Equal(listed.Count, coded.Count);
        Assert.All(coded, p => Assert.Contains(p, listed));
    }

    [Theory]
    [InlineData("reasons")]
    [InlineData("social_outcomes")]
    public void Multi_value_columns_have_no_drop_down_but_a_prompt(string column)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(PcnSchema.Referrals);
        var dv = ValidationAt(ws, 2, ColumnOf(ws, column));
        Assert.NotNull(dv);
        Assert.NotEqual(XLAllowedValues.List, dv.AllowedValues);
        Assert.Contains(";", dv.InputMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PcnSchema.Workforce, "wte", XLAllowedValues.Decimal, "0.01", "1")]
    [InlineData(PcnSchema.Workforce, "supervision_hours", XLAllowedValues.Decimal, "0", "50")]
    [InlineData(PcnSchema.Referrals, "imd_decile", XLAllowedValues.WholeNumber, "1", "10")]
    [InlineData(PcnSchema.Referrals, "connections", XLAllowedValues.WholeNumber, "0", "50")]
    [InlineData(PcnSchema.Implementation, "g1", XLAllowedValues.WholeNumber, "0", "10")]
    [InlineData(PcnSchema.Utilisation, "gp_consults_before", XLAllowedValues.WholeNumber, "0", "200")]
    [InlineData(PcnSchema.Utilisation, "gp_consults_after", XLAllowedValues.WholeNumber, "0", "200")]
    [InlineData(PcnSchema.Utilisation, "ae_attendances_before", XLAllowedValues.WholeNumber, "0", "100")]
    [InlineData(PcnSchema.Utilisation, "ae_attendances_after", XLAllowedValues.WholeNumber, "0", "100")]
    public void Number_columns_check_their_range(string sheet, string column, XLAllowedValues type, string min, string max)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(sheet);
        var dv = ValidationAt(ws, 2, ColumnOf(ws, column));
        Assert.NotNull(dv);
        Assert.Equal(type, dv.AllowedValues);
        Assert.Equal(XLOperator.Between, dv.Operator);
        Assert.Equal(min, dv.MinValue);
        Assert.Equal(max, dv.MaxValue);
    }

    [Theory]
    [InlineData(PcnSchema.Workforce, "start_date")]
    [InlineData(PcnSchema.Workforce, "end_date")]
    [InlineData(PcnSchema.Referrals, "referral_date")]
    [InlineData(PcnSchema.Referrals, "first_contact_date")]
    [InlineData(PcnSchema.Referrals, "closed_date")]
    [InlineData(PcnSchema.Utilisation, "closed_date")]
    public void Date_columns_are_formatted_yyyy_mm_dd(string sheet, string column)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(sheet);
        Assert.Equal("yyyy-mm-dd", ws.Column(ColumnOf(ws, column)).Style.NumberFormat.Format);
        Assert.Equal(XLAllowedValues.Date, ValidationAt(ws, 2, ColumnOf(ws, column))?.AllowedValues);
    }

    [Theory]
    [InlineData(PcnSchema.Referrals, "age_band")]
    [InlineData(PcnSchema.Referrals, "referral_id")]
    [InlineData(PcnSchema.Workforce, "post_id")]
    public void Code_and_identifier_columns_are_text_so_excel_never_makes_them_dates(string sheet, string column)
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(sheet);
        Assert.Equal("@", ws.Column(ColumnOf(ws, column)).Style.NumberFormat.Format);
    }

    [Fact]
    public void Submission_lists_its_fields_with_schema_version_prefilled_and_a_yes_no_drop_down()
    {
        using var wb = Open(File);
        var ws = wb.Worksheet(PcnSchema.Submission);
        Assert.Equal(PcnSchema.SubmissionColumns, Headers(ws));
        Assert.Equal(PcnSchema.SubmissionFields, Enumerable.Range(2, PcnSchema.SubmissionFields.Count).Select(r => ws.Cell(r, 1).GetString()));
        var values = Enumerable.Range(2, PcnSchema.SubmissionFields.Count).ToDictionary(r => ws.Cell(r, 1).GetString(), r => ws.Cell(r, 2));
        Assert.Equal("2", values["schema_version"].GetString());
        Assert.All(values.Where(v => v.Key != "schema_version"), v => Assert.True(v.Value.IsEmpty()));
        var nil = ValidationAt(ws, values["nil_return"].Address.RowNumber, 2);
        Assert.NotNull(nil);
        Assert.Equal(["Y", "N"], ListValues(wb, nil));
        Assert.Equal("@", values["period"].Style.NumberFormat.Format); // "2024-03" must stay text
        Assert.Equal(1 + PcnSchema.SubmissionFields.Count, ws.LastRowUsed().RowNumber());
    }

    [Fact]
    public void Guidance_documents_every_column_of_every_sheet_and_every_code()
    {
        using var wb = Open(File);
        var rows = Guidance(wb);
        var documented = rows.Select(r => (r.Topic, r.Column)).ToHashSet();
        foreach (var sheet in new[] { PcnSchema.Workforce, PcnSchema.Referrals, PcnSchema.Implementation, PcnSchema.Utilisation })
        {
            Assert.All(PcnSchema.ColumnsOf(sheet), c => Assert.Contains((sheet, c), documented));
            Assert.Contains((sheet, ""), documented); // the sheet's own row
        }
        Assert.All(PcnSchema.SubmissionFields, f => Assert.Contains((PcnSchema.Submission, f), documented));
        var reasons = rows.Single(r => r.Topic == PcnSchema.Referrals && r.Column == "reasons").Text;
        Assert.All(CodeLists.Reason.Codes, c => Assert.Contains(c, reasons, StringComparison.Ordinal));
        var wte = rows.Single(r => r.Topic == PcnSchema.Workforce && r.Column == "wte").Text;
        Assert.Contains("0.01 to 1", wte, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_covers_personal_data_due_date_resubmission_receipt_month_rules_and_the_layout_choice()
    {
        using var wb = Open(File);
        var text = AllText(wb.Worksheet(TemplateSpec.GuidanceSheet));
        foreach (var phrase in new[] { "names", "NHS numbers", "postcodes", "dates of birth", "email addresses", "phone numbers",
                     "15th of the following month", "upload again", "receipt", "closed_date falls in the month", "no drop-down", "comes first" })
        {
            Assert.Contains(phrase, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Workbook_declares_title_language_and_uses_arial()
    {
        using var wb = Open(File);
        Assert.Equal(PcnTemplate.Spec.Title, wb.Properties.Title);
        Assert.False(string.IsNullOrWhiteSpace(wb.Properties.Subject));
        Assert.Equal("en-GB", Language(File));
        Assert.Equal("Arial", wb.Worksheet(PcnSchema.Referrals).Cell(1, 1).Style.Font.FontName);
        Assert.Equal("Arial", wb.Worksheet(TemplateSpec.GuidanceSheet).Cell(1, 1).Style.Font.FontName);
        Assert.Equal("Arial", wb.Worksheet(PcnSchema.Referrals).Cell(300, 60).Style.Font.FontName); // an untouched cell: the Normal style
    }

    [Fact]
    public void Guidance_explains_the_six_month_windows_with_a_worked_example()
    {
        using var wb = Open(File);
        var topic = Assert.Single(Guidance(wb), r => r.Topic.StartsWith("Health-service use", StringComparison.Ordinal));
        var text = topic.Text;
        Assert.Contains("closed on 20 March 2024", text, StringComparison.Ordinal);
        Assert.Contains("September 2024 return", text, StringComparison.Ordinal);
        Assert.Contains("VAL012", text, StringComparison.Ordinal);
        Assert.Contains("fall anyway", text, StringComparison.Ordinal);
        // The example's arithmetic is the validator's: closed 20 March 2024 is reported in September 2024.
        Assert.Equal("2024-09", SpReporting.Returns.Pcn.UtilisationRow.ReportMonth(new DateOnly(2024, 3, 20)).ToString());
        Assert.Equal(new DateOnly(2024, 9, 30), SpReporting.Returns.Pcn.UtilisationRow.AfterWindowEnd(new DateOnly(2024, 3, 31)));
        Assert.Equal(new DateOnly(2025, 2, 28), SpReporting.Returns.Pcn.UtilisationRow.AfterWindowEnd(new DateOnly(2024, 8, 31)));
    }
}
