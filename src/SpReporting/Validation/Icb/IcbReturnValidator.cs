using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Icb;

namespace SpReporting.Validation.Icb;

/// <summary>
/// Validates an ICB quarterly return (plan per PCN, investment, capacity, narrative) with the same
/// finding model as the PCN return.
/// </summary>
internal static class IcbReturnValidator
{
    public static ValidationOutcome Validate(Workbook workbook, UploadPath path, ValidationContext context, FindingList findings)
    {
        PersonalDataGuard.Scan(workbook, referralsSheet: "", findings);
        var submissionSheet = SheetShape.Require(workbook, IcbSchema.Submission, findings);
        var planSheet = SheetShape.Require(workbook, IcbSchema.Plan, findings);
        var submission = submissionSheet is null ? null : FieldSheet.Read(submissionSheet, IcbSchema.SubmissionFields, findings);
        var (icb, quarter, role, late) = IcbSubmissionRules.Check(submission, path, context, findings);

        var plan = planSheet is null ? [] : Plan(planSheet, path.OrganisationCode, context, findings);
        var investment = workbook.Find(IcbSchema.Investment) is { } inv ? Investment(inv, findings) : [];
        int? offers = null, vcse = null;
        if (workbook.Find(IcbSchema.Capacity) is { } capSheet)
        {
            var capacity = FieldSheet.Read(capSheet, IcbSchema.CapacityFields, findings);
            offers = Count(capacity, "community_offers_active", findings);
            vcse = Count(capacity, "vcse_orgs_receiving_referrals", findings);
        }
        var narrative = workbook.Find(IcbSchema.Narrative) is { } n ? Narrative(n, findings) : null;

        var counts = new Dictionary<string, int>
        {
            ["planLines"] = planSheet?.Rows.Count ?? 0,
            ["investmentLines"] = investment.Count,
        };
        var result = !findings.HasErrors && icb && quarter is not null
            ? new IcbReturn(path.OrganisationCode, quarter.Value, role, plan, investment, offers, vcse, narrative)
            : null;
        return new ValidationOutcome(findings, counts, late, IcbReturn: result);
    }

    private static List<PlanLine> Plan(Sheet sheet, string icbCode, ValidationContext context, FindingList findings)
    {
        var columns = SheetShape.Columns(sheet, IcbSchema.PlanColumns, IcbSchema.PlanColumns, findings);
        var row = new RowCursor(sheet, columns, findings);
        var lines = new List<PlanLine>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in sheet.Rows)
        {
            row.MoveTo(r);
            string? pcn = null;
            if (row.Present("pcn_code"))
            {
                var code = row.Text("pcn_code").ToUpperInvariant();
                var org = context.Organisations.FindPcn(code);
                if (org is null || !string.Equals(org.IcbCode, icbCode, StringComparison.OrdinalIgnoreCase))
                {
                    row.Add(FindingCodes.BadOrganisation, "pcn_code", "pcn_code is not a PCN of this ICB in the reference list.");
                }
                else if (!seen.Add(code))
                {
                    row.Add(FindingCodes.DuplicateKey, "pcn_code", "This PCN appears more than once in the plan.");
                }
                else
                {
                    pcn = org.PcnCode;
                }
            }
            var wte = row.Number("planned_splw_wte", 0, 50, required: true);
            if (pcn is not null && wte is not null) { lines.Add(new PlanLine(pcn, wte.Value)); }
        }
        return lines;
    }

    private static List<InvestmentLine> Investment(Sheet sheet, FindingList findings)
    {
        var columns = SheetShape.Columns(sheet, IcbSchema.InvestmentColumns, IcbSchema.InvestmentColumns, findings);
        var row = new RowCursor(sheet, columns, findings);
        var lines = new List<InvestmentLine>();
        foreach (var r in sheet.Rows)
        {
            row.MoveTo(r);
            var category = row.Code("category", CodeLists.InvestmentCategory);
            var amount = row.Number("amount_gbp", 0, 100_000_000, required: true);
            // Whole pence: Table storage has no decimal, and money must not drift through doubles.
            if (category is not null && amount is not null) { lines.Add(new InvestmentLine(category, (long)Math.Round(amount.Value * 100, MidpointRounding.AwayFromZero))); }
        }
        return lines;
    }

    private static int? Count(FieldSheet capacity, string field, FindingList findings)
    {
        var text = capacity.Value(field);
        if (text is null) { return null; }
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 1_000_000) { return n; }
        capacity.Add(findings, FindingCodes.Unreadable, field, $"{field} must be a whole number of 0 or more.");
        return null;
    }

    private static string? Narrative(Sheet sheet, FindingList findings)
    {
        // Header 'narrative' in A1 and the text in A2; a sheet with the text in A1 alone is read too.
        var text = sheet.Rows.Count > 0 ? sheet.Rows[0].Cells.FirstOrDefault() : null;
        if (text is null && sheet.Headers.Count > 0 && !string.Equals(sheet.Headers[0], "narrative", StringComparison.OrdinalIgnoreCase)) { text = sheet.Headers[0]; }
        if (string.IsNullOrWhiteSpace(text)) { return null; }
        if (text.Length > IcbSchema.NarrativeMaxChars)
        {
            findings.Add(FindingCodes.Unreadable, sheet.Name, 2, "narrative", null, $"The narrative is longer than {IcbSchema.NarrativeMaxChars:N0} characters. Please shorten it.");
            return null;
        }
        return text;
    }
}
