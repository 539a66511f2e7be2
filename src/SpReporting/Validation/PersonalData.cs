using System.Text.RegularExpressions;

namespace SpReporting.Validation;

/// <summary>
/// The one detector of direct identifiers in text a submitter controls: NHS numbers (PII001) and full
/// postcodes (PII002). Used for cells, headers, sheet and file names, upload path segments and, as a
/// last screen, everything a finding would show. The rules and their known limits are in
/// docs/validation.md ("Personal data").
/// </summary>
public static partial class PersonalData
{
    /// <summary>The finding code for the first identifier found in <paramref name="text"/>, or null.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length < 5) { return null; }
        if (ContainsNhsNumber(text)) { return FindingCodes.NhsNumber; }
        return ContainsPostcode(text) ? FindingCodes.Postcode : null;
    }

    /// <summary>Whether <paramref name="text"/> holds an NHS number or a full postcode.</summary>
    public static bool Contains(string? text) => Detect(text) is not null;

    /// <summary>
    /// Ten digits written as one run or grouped 3-3-4 (one space or dash of any kind), passing the
    /// modulus-11 check, at any position. Digits that are part of a decimal, a longer number or a
    /// phone number written after +44 or starting with 0 in the 3-3-4 grouping do not count.
    /// </summary>
    public static bool ContainsNhsNumber(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[10];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i])) { i++; continue; }
            var start = i;
            var end = RunEnd(text, start);
            if (IsCandidateStart(text, start))
            {
                if (end - start == 10 && IsCandidateEnd(text, end) && !AfterUkPrefix(text, start) && !InsideHexIdentifier(text, start, end))
                {
                    text[start..end].CopyTo(digits);
                    if (NhsNumber.IsValid(digits)) { return true; }
                }
                else if (end - start == 3 && text[start] != '0' && Grouped(text, start, digits, out var groupEnd)
                    && IsCandidateEnd(text, groupEnd) && !AfterUkPrefix(text, start) && NhsNumber.IsValid(digits))
                {
                    return true;
                }
            }
            i = end;
        }
        return false;
    }

    /// <summary>A full UK postcode (outward and inward code) in a real postcode area; see docs/validation.md.</summary>
    public static bool ContainsPostcode(string text)
    {
        foreach (Match m in Postcode().Matches(text))
        {
            if (!Areas.Contains(m.Groups["area"].Value.ToUpperInvariant())) { continue; }
            if (IsOrdinal(m.Groups["outward"].ValueSpan, m.Groups["inward"].ValueSpan)) { continue; }
            return true;
        }
        return false;
    }

    /// <summary>A path with every segment that holds personal data replaced, so it can be shown.</summary>
    public static string WithholdSegments(string path)
    {
        if (!Contains(path) && !path.Split('/').Any(Contains)) { return path; }
        return string.Join('/', path.Split('/').Select(s => Contains(s) ? Withheld : s));
    }

    /// <summary>What is shown in place of text that holds personal data.</summary>
    public const string Withheld = "(withheld: personal data)";

    private static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) { end++; }
        return end;
    }

    /// <summary>Not the fraction of a decimal (<c>0.5333333335</c>) nor after a digit-comma (<c>1,234</c>).</summary>
    private static bool IsCandidateStart(ReadOnlySpan<char> text, int start)
    {
        if (start == 0) { return true; }
        var before = text[start - 1];
        if (before == '.') { return false; }
        return !(before == ',' && start >= 2 && char.IsAsciiDigit(text[start - 2]));
    }

    /// <summary>Not followed by more of a number: a decimal point or comma then a digit.</summary>
    private static bool IsCandidateEnd(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || !((text[end] is '.' or ',') && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));

    /// <summary>Runs of 3, 3 and 4 digits each joined by one separator; copies the ten digits.</summary>
    private static bool Grouped(ReadOnlySpan<char> text, int start, Span<char> digits, out int end)
    {
        end = start;
        var n = 0;
        var position = start;
        foreach (var length in (ReadOnlySpan<int>)[3, 3, 4])
        {
            if (n > 0)
            {
                if (position >= text.Length || !IsSeparator(text[position])) { return false; }
                position++;
            }
            var runEnd = RunEnd(text, position);
            if (runEnd - position != length) { return false; }
            text[position..runEnd].CopyTo(digits[n..]);
            n += length;
            position = runEnd;
        }
        end = position;
        return true;
    }

    /// <summary>
    /// Digits inside a long hexadecimal identifier (a GUID or hash such as <c>b657db9c390a4adb…</c>, at least
    /// 16 hexadecimal characters with a letter among them) belong to that identifier.
    /// </summary>
    private static bool InsideHexIdentifier(ReadOnlySpan<char> text, int start, int end)
    {
        var from = start;
        while (from > 0 && char.IsAsciiHexDigit(text[from - 1])) { from--; }
        var to = end;
        while (to < text.Length && char.IsAsciiHexDigit(text[to])) { to++; }
        return to - from >= 16 && (from < start || to > end);
    }

    /// <summary>
    /// One space of any width (ordinary, no-break, narrow, figure, tab) or one dash of any kind (hyphen,
    /// the en dash spreadsheets substitute for it, minus sign).
    /// </summary>
    private static bool IsSeparator(char c) => c is ' ' or '\t' or '-' or '\u2212'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.DashPunctuation;

    /// <summary>Digits written after <c>+44</c> or <c>0044</c> (optionally with <c>(0)</c>) are a phone number.</summary>
    private static bool AfterUkPrefix(ReadOnlySpan<char> text, int start)
    {
        var j = SkipBack(text, start - 1);
        if (j >= 2 && text[j] == ')' && text[j - 1] == '0' && text[j - 2] == '(') { j = SkipBack(text, j - 3); }
        if (j < 1 || text[j] != '4' || text[j - 1] != '4') { return false; }
        return (j >= 2 && text[j - 2] == '+') || (j >= 3 && text[j - 2] == '0' && text[j - 3] == '0');
    }

    private static int SkipBack(ReadOnlySpan<char> text, int j)
    {
        while (j >= 0 && IsSeparator(text[j])) { j--; }
        return j;
    }

    /// <summary><c>SE1 2nd</c>: an ordinal written in lower case after a capitalised outward code is not an inward code.</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> outward, ReadOnlySpan<char> inward)
    {
        if (!outward.ContainsAnyInRange('A', 'Z')) { return false; }
        var suffix = inward[1..];
        return suffix switch
        {
            "st" => inward[0] == '1',
            "nd" => inward[0] == '2',
            "rd" => inward[0] == '3',
            "th" => true,
            _ => false,
        };
    }

    /// <summary>The 124 UK postcode areas (Royal Mail), including Crown dependencies and BFPO.</summary>
    private static readonly HashSet<string> Areas =
    [
        "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO", "CR",
        "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G",
        "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY",
        "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL",
        "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP",
        "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN",
        "WR", "WS", "WV", "YO", "ZE",
    ];

    // Outward code (area, then district: 9, 99, 9A) then inward code (9AA); an outward code alone is allowed.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<outward>(?<area>[A-Za-z]{1,2})[0-9][A-Za-z0-9]?)\s*(?<inward>[0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])")]
    private static partial Regex Postcode();
}
