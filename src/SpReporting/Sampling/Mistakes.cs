using System.Globalization;
using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Returns.Pcn;
using SpReporting.Validation;

namespace SpReporting.Sampling;

/// <summary>A return spoiled the way PCNs really spoil them, with the finding validation must give it.</summary>
internal sealed record Mistake(Workbook Workbook, string ExpectedCode, string Note);

/// <summary>
/// The mistakes real submitters make: free text where a code belongs, an NHS number pasted over the
/// pseudonymous id, a postcode column added "to help", last month's file re-sent with its period,
/// a sheet deleted, dates swapped or typed the American way, a row pasted twice.
/// </summary>
internal static class Mistakes
{
    private static readonly (string Code, double Weight)[] Kinds =
    [
        (FindingCodes.NotInCodeList, 25), (FindingCodes.NhsNumber, 10), (FindingCodes.Postcode, 10),
        (FindingCodes.PathMismatch, 15), (FindingCodes.MissingSheetOrColumn, 12), (FindingCodes.DateOrder, 10),
        (FindingCodes.Unreadable, 10), (FindingCodes.DuplicateKey, 8),
    ];

    public static Mistake Apply(Random r, Workbook wb, Month m)
    {
        var kind = r.Pick<string>(Kinds);
        return Try(r, wb, m, kind) ?? PeriodNotUpdated(wb, m);
    }

    private static Mistake? Try(Random r, Workbook wb, Month m, string kind)
    {
        var referrals = wb.Find(PcnSchema.Referrals)!;
        var workforce = wb.Find(PcnSchema.Workforce)!;
        var anyReferral = referrals.Rows.Count > 0;
        switch (kind)
        {
            case FindingCodes.NotInCodeList when anyReferral && r.Chance(0.7):
            {
                var (column, value) = r.Pick<(string, string)>(
                [
                    ("source", "Doctor"), ("source", "GP surgery"), ("source", "Self referral"), ("sex", "F"),
                    ("reasons", "Isolation"), ("reasons", "Debt advice"), ("ethnic_group", "White British"), ("age_band", "60-69"),
                ]);
                var row = r.Next(referrals.Rows.Count);
                return new Mistake(wb.Replace(referrals.WithCell(row, column, value)), FindingCodes.NotInCodeList,
                    $"Referrals row {row + 2}: {column} '{value}' typed instead of picked from the list");
            }
            case FindingCodes.NotInCodeList when workforce.Rows.Count > 0:
            {
                var (column, value) = r.Pick<(string, string)>([("role", "Link Worker"), ("funding", "ARRS funded"), ("employer", "Practice")]);
                var row = r.Next(workforce.Rows.Count);
                return new Mistake(wb.Replace(workforce.WithCell(row, column, value)), FindingCodes.NotInCodeList,
                    $"Workforce row {row + 2}: {column} '{value}' typed instead of picked from the list");
            }
            case FindingCodes.NhsNumber when anyReferral:
            {
                var row = r.Next(referrals.Rows.Count);
                return new Mistake(wb.Replace(referrals.WithCell(row, "referral_id", NhsNumbers.Generate(r, r.Chance(0.5)))),
                    FindingCodes.NhsNumber, $"Referrals row {row + 2}: the patient's NHS number pasted as referral_id");
            }
            case FindingCodes.Postcode when anyReferral:
            {
                var outward = r.Pick<string>(["LS6", "M14", "B21", "NE4", "BS5", "SE15", "NG7", "PL4", "CB1", "L8"]);
                const string letters = "ABDEFGHJLNPQRSTUWXYZ";
                string Postcode(int _) => $"{outward} {r.Next(1, 10)}{letters[r.Next(letters.Length)]}{letters[r.Next(letters.Length)]}";
                return new Mistake(wb.Replace(referrals.WithColumn("postcode", Postcode)), FindingCodes.Postcode,
                    "a postcode column added to Referrals");
            }
            case FindingCodes.MissingSheetOrColumn:
                return r.Chance(0.5)
                    ? new Mistake(wb.Without(PcnSchema.Referrals), FindingCodes.MissingSheetOrColumn, "the Referrals sheet left out")
                    : new Mistake(wb.Replace(referrals.WithoutColumn("age_band")), FindingCodes.MissingSheetOrColumn,
                        "the age_band column deleted from Referrals");
            case FindingCodes.DateOrder:
            {
                var row = FirstRow(referrals, i => referrals.Cell(i, "closed_date").Length > 0
                    && string.CompareOrdinal(referrals.Cell(i, "closed_date"), referrals.Cell(i, "referral_date")) > 0);
                if (row < 0) { return null; }
                var received = referrals.Cell(row, "referral_date");
                var closed = referrals.Cell(row, "closed_date");
                var swapped = referrals.WithCell(row, "referral_date", closed).WithCell(row, "closed_date", received);
                return new Mistake(wb.Replace(swapped), FindingCodes.DateOrder, $"Referrals row {row + 2}: referral and closed dates swapped");
            }
            case FindingCodes.Unreadable:
            {
                var row = FirstRow(referrals, i => int.Parse(referrals.Cell(i, "referral_date")[8..], CultureInfo.InvariantCulture) > 12);
                if (row < 0) { return null; }
                var date = DateOnly.ParseExact(referrals.Cell(row, "referral_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var us = date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
                return new Mistake(wb.Replace(referrals.WithCell(row, "referral_date", us)), FindingCodes.Unreadable,
                    $"Referrals row {row + 2}: referral_date typed month-first ({us})");
            }
            case FindingCodes.DuplicateKey when anyReferral:
            {
                var row = r.Next(referrals.Rows.Count);
                var rows = referrals.Rows.Select(x => x.Cells).ToList();
                rows.Insert(row + 1, rows[row]);
                return new Mistake(wb.Replace(referrals.WithRows(rows)), FindingCodes.DuplicateKey, $"Referrals row {row + 2} pasted twice");
            }
            default:
                return null;
        }
    }

    /// <summary>Last month's file sent again with only the data changed: the period in the file is wrong.</summary>
    private static Mistake PeriodNotUpdated(Workbook wb, Month m)
    {
        var submission = wb.Find(PcnSchema.Submission)!;
        var row = FirstRow(submission, i => submission.Cell(i, "field") == "period");
        var before = m.AddMonths(-1);
        // Before July 2019 the period itself is impossible, which validation reports first.
        var code = before < Month.FirstPcnMonth ? FindingCodes.BadPeriod : FindingCodes.PathMismatch;
        return new Mistake(wb.Replace(submission.WithCell(row, "value", before.ToString())), code,
            "period in the file left as the month before");
    }

    private static int FirstRow(Sheet sheet, Func<int, bool> match)
    {
        for (var i = 0; i < sheet.Rows.Count; i++) { if (match(i)) { return i; } }
        return -1;
    }
}
