using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>The Workforce sheet: one row per link-worker post active in the month, vacancies included.</summary>
internal static class WorkforceRules
{
    private static readonly string[] Required = ["post_id", "role", "status", "wte", "funding", "employer", "start_date", "end_date", "open_caseload", "supervision_hours"];

    public static List<WorkforcePost> Check(Sheet sheet, Month? period, FindingList findings)
    {
        var columns = SheetShape.Columns(sheet, PcnSchema.WorkforceColumns, Required, findings);
        var posts = new List<WorkforcePost>(sheet.Rows.Count);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var row = new RowCursor(sheet, columns, findings);
        foreach (var r in sheet.Rows)
        {
            row.MoveTo(r);
            var id = row.Identifier("post_id", 20);
            if (id is not null && !ids.Add(id))
            {
                row.Add(FindingCodes.DuplicateKey, "post_id", "post_id appears more than once in the sheet. Each post has one row.");
            }
            var role = row.Code("role", CodeLists.Role);
            var status = row.Code("status", CodeLists.PostStatus);
            var wte = row.Number("wte", 0.01, 1.00, required: true);
            var funding = row.Code("funding", CodeLists.Funding);
            var employer = row.Code("employer", CodeLists.Employer);
            var working = status is "IN_POST" or "LEFT";
            var start = row.Date("start_date", required: working);
            var end = row.Date("end_date", required: status == "LEFT");
            var caseload = row.Integer("open_caseload", 0, 100_000, required: status == "IN_POST");
            var supervision = row.Number("supervision_hours", 0, 50, required: status == "IN_POST");
            var nonSp = row.Number("non_sp_hours", 0, 200, required: false);
            var wellbeing = row.Number("wellbeing_score", 0, 10, required: false);

            if (period is { } p)
            {
                if (start is { } s && s > p.End)
                {
                    row.Add(FindingCodes.Unreadable, "start_date", $"start_date is after the end of {p}. List a post from the month it starts.");
                    start = null;
                }
                if (end is { } e && !p.Contains(e))
                {
                    row.Add(FindingCodes.Unreadable, "end_date", $"end_date must fall within {p}: a post that left in an earlier month is not listed.");
                    end = null;
                }
            }
            if (start is { } s2 && end is { } e2 && e2 < s2)
            {
                row.Add(FindingCodes.DateOrder, "end_date", "end_date is before start_date.");
            }

            if (id is null || role is null || status is null || wte is null || funding is null || employer is null) { continue; }
            posts.Add(new WorkforcePost(id, role, status, wte.Value, funding, employer, start, end, caseload, supervision, nonSp, wellbeing));
        }
        return posts;
    }
}
