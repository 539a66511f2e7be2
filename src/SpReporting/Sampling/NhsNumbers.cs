using System.Text;

namespace SpReporting.Sampling;

/// <summary>
/// NHS numbers for the personal-data guard to catch. They pass the modulus-11 check but come from the
/// 999 range, which is never issued to a patient.
/// </summary>
internal static class NhsNumbers
{
    public static string Generate(Random r, bool spaced)
    {
        while (true)
        {
            var digits = new int[10];
            digits[0] = digits[1] = digits[2] = 9;
            for (var i = 3; i < 9; i++) { digits[i] = r.Next(10); }
            var check = CheckDigit(digits);
            if (check is null) { continue; }
            digits[9] = check.Value;
            var text = new StringBuilder(12);
            for (var i = 0; i < 10; i++)
            {
                if (spaced && i is 3 or 6) { text.Append(' '); }
                text.Append((char)('0' + digits[i]));
            }
            return text.ToString();
        }
    }

    /// <summary>Weights 10..2 on the first nine digits; 11 - (sum mod 11), where 11 means 0 and 10 means no valid number.</summary>
    public static int? CheckDigit(IReadOnlyList<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) { sum += digits[i] * (10 - i); }
        var check = 11 - sum % 11;
        return check switch { 11 => 0, 10 => null, _ => check };
    }

    public static bool IsValid(string text)
    {
        var digits = text.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        return digits.Length == 10 && CheckDigit(digits) == digits[9];
    }
}
