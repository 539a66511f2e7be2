using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>
/// The Utilisation sheet (schema version 2): one row per closed referral whose six-month after-window
/// has ended, with GP consultations and A&amp;E attendances before and after. A window still open at
/// the end of the return's month cannot have been counted yet (VAL012); a referral twice is VAL004.
/// See docs/validation.md, "The Utilisation sheet".
/// </summary>
internal static class UtilisationRules
{
    public const int MaxGpConsults = 200;
    public const int MaxAeAttendances = 100;

    private static readonly string[] Required = ["referral_id", "closed_date", "gp_consults_before", "gp_consults_after"];

    public static List<UtilisationRow> Check(Sheet sheet, Month? period, FindingList findings)
    {
        var columns = SheetShape.Columns(sheet, PcnSchema.UtilisationColumns, Required, findings);
        var rows = new List<UtilisationRow>(sheet.Rows.Count);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var row = new RowCursor(sheet, columns, findings);
        foreach (var r in sheet.Rows)
        {
            row.MoveTo(r);
            var id = row.Identifier("referral_id", 36);
            if (id is not null && !ids.Add(id))
            {
                row.Add(FindingCodes.DuplicateKey, "referral_id", "referral_id appears more than once. A closed referral has one Utilisation row, in the return for the month its after-window ends.");
            }
            var closed = row.Date("closed_date", required: true);
            var gpBefore = row.Integer("gp_consults_before", 0, MaxGpConsults, required: true);
            var gpAfter = row.Integer("gp_consults_after", 0, MaxGpConsults, required: true);
            var aeBefore = row.Integer("ae_attendances_before", 0, MaxAeAttendances, required: false);
            var aeAfter = row.Integer("ae_attendances_after", 0, MaxAeAttendances, required: false);

            if (closed is { } c && period is { } p)
            {
                var end = UtilisationRow.AfterWindowEnd(c);
                if (end > p.End)
                {
                    row.Add(FindingCodes.AfterWindowOpen, "closed_date",
                        $"The six months after closure run to {end:d MMMM yyyy}, after the end of {p}, so they cannot have been counted yet. " +
                        $"Report this referral in the return for {UtilisationRow.ReportMonth(c)}.");
                }
            }

            if (id is null || closed is null || gpBefore is null || gpAfter is null) { continue; }
            rows.Add(new UtilisationRow(id, closed.Value, gpBefore.Value, gpAfter.Value, aeBefore, aeAfter));
        }
        return rows;
    }
}
