using System.Text.RegularExpressions;
using SpReporting.Reading;

namespace SpReporting.Validation;

/// <summary>
/// Information governance: returns are pseudonymised, so direct identifiers are refused anywhere in the
/// file (PII001 NHS numbers, PII002 full postcodes) and in referral rows (PII003 email, UK phone, and
/// any date-of-birth column). Findings carry the location only; the value is never kept.
/// </summary>
public static partial class PersonalDataGuard
{
    public static void Scan(Workbook workbook, string referralsSheet, FindingList findings) =>
        Scan(workbook, [referralsSheet], findings);

    /// <param name="personSheets">Sheets whose rows describe a person (Referrals, Utilisation): email and phone are refused there too.</param>
    public static void Scan(Workbook workbook, IReadOnlyCollection<string> personSheets, FindingList findings)
    {
        foreach (var sheet in workbook.Sheets)
        {
            var isReferrals = personSheets.Contains(sheet.Name, StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < sheet.Headers.Count; c++)
            {
                var header = sheet.Headers[c];
                if (DateOfBirthHeader().IsMatch(header))
                {
                    findings.Add(FindingCodes.DirectIdentifier, sheet.Name, 1, header, null,
                        "A date of birth column is not allowed: returns carry age bands only. Delete the column and re-upload.");
                }
                ScanCell(sheet.Name, 1, header, header, isReferrals: false, findings);
            }
            foreach (var row in sheet.Rows)
            {
                for (var c = 0; c < row.Cells.Length; c++)
                {
                    var text = row.Cells[c];
                    if (text.Length < 5) { continue; }
                    var column = c < sheet.Headers.Count && sheet.Headers[c].Length > 0 ? sheet.Headers[c] : ColumnLetter(c);
                    ScanCell(sheet.Name, row.Number, column, text, isReferrals, findings);
                }
            }
        }
    }

    private static void ScanCell(string sheet, int row, string column, string text, bool isReferrals, FindingList findings)
    {
        if (ContainsNhsNumber(text))
        {
            findings.MarkPersonal(sheet, row, column);
            findings.Add(FindingCodes.NhsNumber, sheet, row, column, null,
                "This cell holds what looks like an NHS number. Returns must not identify patients: remove it and re-upload.");
        }
        if (Postcode().IsMatch(text))
        {
            findings.MarkPersonal(sheet, row, column);
            findings.Add(FindingCodes.Postcode, sheet, row, column, null,
                "This cell holds a full postcode. Only the outward part (for example LS1) may be given: remove the rest and re-upload.");
        }
        if (isReferrals && (Email().IsMatch(text) || UkPhone().IsMatch(text)))
        {
            findings.MarkPersonal(sheet, row, column);
            findings.Add(FindingCodes.DirectIdentifier, sheet, row, column, null,
                "This cell holds an email address or phone number. Returns must not identify patients: remove it and re-upload.");
        }
    }

    /// <summary>Ten digits, optionally grouped by spaces or dashes, passing the modulus-11 check.</summary>
    internal static bool ContainsNhsNumber(string text)
    {
        Span<char> digits = stackalloc char[10];
        foreach (Match m in TenDigits().Matches(text))
        {
            var n = 0;
            foreach (var ch in m.ValueSpan)
            {
                if (char.IsAsciiDigit(ch)) { digits[n++] = ch; }
            }
            if (n == 10 && NhsNumber.IsValid(digits)) { return true; }
        }
        return false;
    }

    private static string ColumnLetter(int index)
    {
        var s = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) { s = (char)('A' + (i - 1) % 26) + s; }
        return s;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9](?:[ \-]?[0-9]){9}(?![0-9])")]
    private static partial Regex TenDigits();

    // Outward code (A9, A99, A9A, AA9, AA99, AA9A) then inward code (9AA); an outward code alone is allowed.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![A-Za-z0-9])")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // UK numbers: 0 or +44 then 9–10 digits, optionally grouped by spaces, dashes or brackets.
    [GeneratedRegex(@"(?<![0-9])(?:\+44\s?\(?0?\)?|\(?0)[1-9](?:[\s\-\)]?[0-9]){8,9}(?![0-9])")]
    private static partial Regex UkPhone();

    [GeneratedRegex(@"^\s*(dob|d\.o\.b\.?|date[\s_\-]*of[\s_\-]*birth|birth[\s_\-]*date|birthdate|date_birth)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOfBirthHeader();
}
