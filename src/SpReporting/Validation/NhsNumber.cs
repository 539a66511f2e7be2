namespace SpReporting.Validation;

/// <summary>The NHS number modulus-11 check (NHS Data Dictionary), the one implementation the guard and the sampler share.</summary>
public static class NhsNumber
{
    /// <summary>Weights 10..2 on the first nine digits; 11 - (sum mod 11), where 11 means 0 and 10 means no valid number.</summary>
    public static int? CheckDigit(ReadOnlySpan<int> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) { sum += firstNine[i] * (10 - i); }
        var check = 11 - sum % 11;
        return check switch { 11 => 0, 10 => null, _ => check };
    }

    /// <summary>Ten digits whose last is the check digit of the first nine.</summary>
    public static bool IsValid(ReadOnlySpan<char> tenDigits)
    {
        if (tenDigits.Length != 10) { return false; }
        Span<int> digits = stackalloc int[10];
        for (var i = 0; i < 10; i++)
        {
            digits[i] = tenDigits[i] - '0';
            if (digits[i] is < 0 or > 9) { return false; }
        }
        return CheckDigit(digits) == digits[9];
    }

    /// <summary>Whether the digits of <paramref name="text"/> (separators ignored) are exactly a valid NHS number.</summary>
    public static bool IsValidText(string text)
    {
        var digits = text.Where(char.IsAsciiDigit).ToArray();
        return IsValid(digits);
    }
}
