namespace SpReporting.Validation;

/// <summary>The NHS number modulus-11 check (NHS Data Dictionary).</summary>
public static class NhsNumber
{
    public static bool IsValid(ReadOnlySpan<char> tenDigits)
    {
        if (tenDigits.Length != 10) { return false; }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = tenDigits[i] - '0';
            if (d is < 0 or > 9) { return false; }
            sum += d * (10 - i);
        }
        var check = 11 - sum % 11;
        if (check == 11) { check = 0; }
        return check != 10 && check == tenDigits[9] - '0';
    }
}
