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
            var check = Validation.NhsNumber.CheckDigit(digits);
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
}
