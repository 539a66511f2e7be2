using System.Text.RegularExpressions;
using SpReporting.Reading;

namespace SpReporting.Validation;

/// <summary>
/// Information governance: returns are pseudonymised, so direct identifiers are refused anywhere in the
/// upload (PII001 NHS numbers, PII002 full postcodes: cells, headers, sheet names, the names of the
/// files in the zip, cells beyond the column limit, formulas' text, the text of an .xlsx's other parts) and in referral rows (PII003 email,
/// UK phone, and any date-of-birth column). Findings carry the location only; the value is never kept.
/// </summary>
public static partial class PersonalDataGuard
{
    public static void Scan(Workbook workbook, string referralsSheet, FindingList findings) =>
        Scan(workbook, [referralsSheet], findings);

    /// <param name="personSheets">Sheets whose rows describe a person (Referrals, Utilisation): email and phone are refused there too.</param>
    public static void Scan(Workbook workbook, IReadOnlyCollection<string> personSheets, FindingList findings)
    {
        foreach (var part in workbook.PartNames)
        {
            // A CSV read as a sheet is reported once, by its sheet name, below.
            var isSheet = part.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                && workbook.Sheets.Any(s => s.Name == Path.GetFileNameWithoutExtension(part));
            if (!isSheet && PersonalData.Detect(part) is { } code)
            {
                findings.Add(code, null, null, null, null,
                    $"The name of a file inside the upload holds what looks like {What(code)}. Rename it without the identifier and re-upload.");
            }
        }
        foreach (var code in workbook.OtherPartsPersonalData)
        {
            findings.Add(code, null, null, null, null,
                $"A cell comment, text box, defined name or document property in the workbook holds what looks like {What(code)}. Remove it and re-upload.");
        }
        for (var s = 0; s < workbook.Sheets.Count; s++)
        {
            var sheet = workbook.Sheets[s];
            var sheetLabel = ReceiptLabels.Sheet(sheet.Name, s);
            if (PersonalData.Detect(sheet.Name) is { } nameCode)
            {
                findings.Add(nameCode, sheetLabel, null, null, null,
                    $"The name of this sheet holds what looks like {What(nameCode)}. Rename the sheet and re-upload.");
            }
            var isReferrals = personSheets.Contains(sheet.Name, StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < sheet.Headers.Count; c++)
            {
                var header = sheet.Headers[c];
                var column = ReceiptLabels.Column(header, c);
                if (DateOfBirthHeader().IsMatch(header))
                {
                    findings.Add(FindingCodes.DirectIdentifier, sheetLabel, 1, column, null,
                        "A date of birth column is not allowed: returns carry age bands only. Delete the column and re-upload.");
                }
                ScanCell(sheetLabel, 1, column, header, isReferrals: false, findings);
            }
            foreach (var row in sheet.Rows)
            {
                for (var c = 0; c < row.Cells.Length; c++)
                {
                    var text = row.Cells[c];
                    if (text.Length < 5) { continue; }
                    var column = ReceiptLabels.Column(c < sheet.Headers.Count ? sheet.Headers[c] : "", c);
                    ScanCell(sheetLabel, row.Number, column, text, isReferrals, findings);
                }
            }
            foreach (var hit in sheet.UnkeptPersonalData)
            {
                var column = ReceiptLabels.Column(hit.Column < sheet.Headers.Count ? sheet.Headers[hit.Column] : "", hit.Column);
                Report(hit.Code, sheetLabel, hit.Row, column, findings);
            }
        }
    }

    private static void ScanCell(string sheet, int row, string column, string text, bool isReferrals, FindingList findings)
    {
        if (PersonalData.ContainsNhsNumber(text)) { Report(FindingCodes.NhsNumber, sheet, row, column, findings); }
        if (PersonalData.ContainsPostcode(text)) { Report(FindingCodes.Postcode, sheet, row, column, findings); }
        if (isReferrals && (Email().IsMatch(text) || UkPhone().IsMatch(text)))
        {
            findings.MarkPersonal(sheet, row, column);
            findings.Add(FindingCodes.DirectIdentifier, sheet, row, column, null,
                "This cell holds an email address or phone number. Returns must not identify patients: remove it and re-upload.");
        }
    }

    private static void Report(string code, string sheet, int row, string column, FindingList findings)
    {
        findings.MarkPersonal(sheet, row, column);
        findings.Add(code, sheet, row, column, null, code == FindingCodes.NhsNumber
            ? "This cell holds what looks like an NHS number. Returns must not identify patients: remove it and re-upload."
            : "This cell holds a full postcode. Only the outward part (for example LS1) may be given: remove the rest and re-upload.");
    }

    /// <summary>The detector the guard uses (<see cref="PersonalData.ContainsNhsNumber"/>).</summary>
    public static bool ContainsNhsNumber(string text) => PersonalData.ContainsNhsNumber(text);

    private static string What(string code) => code == FindingCodes.NhsNumber ? "an NHS number" : "a full postcode";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // UK numbers: 0 or +44 then 9–10 digits, optionally grouped by spaces, dashes or brackets.
    [GeneratedRegex(@"(?<![0-9])(?:\+44\s?\(?0?\)?|\(?0)[1-9](?:[\s\-\)]?[0-9]){8,9}(?![0-9])")]
    private static partial Regex UkPhone();

    [GeneratedRegex(@"^\s*(dob|d\.o\.b\.?|date[\s_\-]*of[\s_\-]*birth|birth[\s_\-]*date|birthdate|date_birth)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOfBirthHeader();
}
