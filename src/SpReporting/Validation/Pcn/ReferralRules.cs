using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>
/// The Referrals sheet: one row per referral event in the month (received, closed, or both), with the
/// date rules (VAL005, VAL006), slow first contact (VAL007) and unpaired wellbeing scores (VAL008).
/// </summary>
internal static class ReferralRules
{
    private static readonly string[] Required =
        ["referral_id", "referral_date", "source", "reasons", "age_band", "sex", "ethnic_group", "status", "closed_date", "connections", "wellbeing_tool"];

    public static List<Referral> Check(Sheet sheet, Month? period, FindingList findings)
    {
        var columns = SheetShape.Columns(sheet, PcnSchema.ReferralColumns, Required, findings);
        var referrals = new List<Referral>(sheet.Rows.Count);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var row = new RowCursor(sheet, columns, findings);
        foreach (var r in sheet.Rows)
        {
            row.MoveTo(r);
            var id = row.Identifier("referral_id", 36);
            if (id is not null && !ids.Add(id))
            {
                row.Add(FindingCodes.DuplicateKey, "referral_id", "referral_id appears more than once. A referral has one row per month, even if it was received and closed in it.");
            }
            var referred = row.Date("referral_date", required: true);
            var source = row.Code("source", CodeLists.Source);
            var reasons = row.Codes("reasons", CodeLists.Reason, required: true);
            var age = row.Code("age_band", CodeLists.AgeBand);
            var sex = row.Code("sex", CodeLists.Sex);
            var ethnic = row.Code("ethnic_group", CodeLists.EthnicGroup);
            var imd = row.Integer("imd_decile", 1, 10, required: false);
            var contact = row.Date("first_contact_date", required: false);
            var status = row.Code("status", CodeLists.ReferralStatus);
            var closed = row.Date("closed_date", required: status is not null and not "OPEN");
            if (status == "OPEN" && closed is not null)
            {
                row.Add(FindingCodes.Unreadable, "closed_date", "An OPEN referral has no closed_date. Set the status it closed with, or clear the date.");
                closed = null;
            }
            var connections = row.Integer("connections", 0, 50, required: status == "CLOSED");
            var toolCode = row.Code("wellbeing_tool", CodeLists.WellbeingTool);
            var (baseline, followUp) = Wellbeing(row, toolCode, status);
            var outcomes = row.Codes("social_outcomes", CodeLists.SocialOutcome, required: false);

            if (referred is { } rd)
            {
                if (closed is { } cd && cd < rd) { row.Add(FindingCodes.DateOrder, "closed_date", "closed_date is before referral_date."); }
                if (contact is { } fc && fc < rd) { row.Add(FindingCodes.DateOrder, "first_contact_date", "first_contact_date is before referral_date."); }
                if (contact is { } fc2 && fc2 >= rd && fc2.DayNumber - rd.DayNumber > 90)
                {
                    row.Add(FindingCodes.SlowFirstContact, "first_contact_date", "first_contact_date is more than 90 days after referral_date. Please check both dates.");
                }
                if (period is { } p)
                {
                    if (!p.Contains(rd) && (closed is not { } c || !p.Contains(c)))
                    {
                        row.Add(FindingCodes.OutsidePeriod, "referral_date",
                            $"Neither referral_date nor closed_date is in {p}. A row belongs to the month its referral was received or closed.");
                    }
                    if (rd > p.End) { row.Add(FindingCodes.Unreadable, "referral_date", $"referral_date is after the end of {p}."); }
                    if (closed is { } c2 && c2 > p.End) { row.Add(FindingCodes.Unreadable, "closed_date", $"closed_date is after the end of {p}."); }
                    if (contact is { } c3 && c3 > p.End) { row.Add(FindingCodes.Unreadable, "first_contact_date", $"first_contact_date is after the end of {p}."); }
                }
            }

            if (id is null || referred is null || source is null || reasons is null || age is null || sex is null || ethnic is null
                || status is null || toolCode is null || outcomes is null)
            {
                continue;
            }
            referrals.Add(new Referral(id, referred.Value, source, reasons, age, sex, ethnic, imd, contact, status, closed,
                connections, toolCode, baseline, followUp, outcomes));
        }
        return referrals;
    }

    private static (double? Baseline, double? FollowUp) Wellbeing(RowCursor row, string? toolCode, string? status)
    {
        if (toolCode is null) { return (null, null); }
        var tool = WellbeingTool.Find(toolCode);
        if (tool is null)
        {
            foreach (var column in new[] { "wellbeing_baseline", "wellbeing_followup" })
            {
                if (row.Has(column)) { row.Add(FindingCodes.Unreadable, column, $"{column} must be blank when wellbeing_tool is NONE."); }
            }
            return (null, null);
        }
        var baseline = row.Number("wellbeing_baseline", tool.Min, tool.Max, required: false);
        var followUp = row.Number("wellbeing_followup", tool.Min, tool.Max, required: false);
        if (followUp is not null && baseline is null && !row.Has("wellbeing_baseline"))
        {
            row.Add(FindingCodes.WellbeingUnpaired, "wellbeing_followup", "A follow-up wellbeing score has no baseline, so no change can be measured.");
        }
        else if (status == "CLOSED" && baseline is not null && followUp is null && !row.Has("wellbeing_followup"))
        {
            row.Add(FindingCodes.WellbeingUnpaired, "wellbeing_followup", "This closed referral has a baseline wellbeing score but no follow-up.");
        }
        return (baseline, followUp);
    }
}
