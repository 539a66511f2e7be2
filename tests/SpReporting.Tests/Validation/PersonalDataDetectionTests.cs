using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>
/// The detector on its own: both sides of the rules in docs/validation.md ("Personal data"), with
/// examples from real returns and properties over random text.
/// </summary>
public class PersonalDataDetectionTests
{
    [Theory]
    [InlineData("2024 943 476 5919")]
    [InlineData("ref 1234567 943 476 5919")]
    [InlineData("2024-943-476-5919")]
    [InlineData("943\u00A0476\u00A05919")]
    [InlineData("seen 943-476 5919 today")]
    [InlineData("9434765919.")]
    [InlineData("(9434765919)")]
    [InlineData("NHS no:9434765919, seen")]
    [InlineData("943\u2013476\u20135919")]
    [InlineData("943\u2212476\u22125919")]
    [InlineData("943\t476\t5919")]
    [InlineData("943\u202F476\u202F5919")]
    [InlineData("943\u2007476\u20075919")]
    public void Nhs_numbers_are_found_at_every_position(string text) =>
        Assert.True(PersonalData.ContainsNhsNumber(text), text);

    [Theory]
    [InlineData("0.5333333335")]
    [InlineData("12.9434765919")]
    [InlineData("9434765919.5")]
    [InlineData("01697 73418")]
    [InlineData("01697 734180")]
    [InlineData("020 7946 0000")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("+44 (0)20 7946 0000")]
    [InlineData("+44 943 476 5919")]
    [InlineData("0044 9434765919")]
    [InlineData("2024-03-15T10:30:00.9434765919Z")]
    [InlineData("b657db9c390a4adb8fd7656a3b10aca4")]
    [InlineData("94347659190")]
    public void Decimals_phone_numbers_times_and_identifiers_are_not_nhs_numbers(string text) =>
        Assert.False(PersonalData.ContainsNhsNumber(text), text);

    [Theory]
    [InlineData("Q2 2nd", false)]
    [InlineData("Q1 1st quarter", false)]
    [InlineData("SE1 2nd floor", false)]
    [InlineData("FY2024 Q3 3rd", false)]
    [InlineData("XX1 1AA", false)]
    [InlineData("LS1 4AP", true)]
    [InlineData("sw170rt", true)]
    [InlineData("EC1A 1BB", true)]
    [InlineData("W1A 0AX", true)]
    [InlineData("M2 2ND", true)]
    public void Postcodes_are_full_codes_in_real_areas(string text, bool expected) =>
        Assert.Equal(expected, PersonalData.ContainsPostcode(text));

    // A random seed per case: FsCheck's own integers stay within a few hundred, too few layouts.
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool A_valid_nhs_number_is_found_in_any_text_and_layout(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var text = Prefix(random) + Layout(random, ValidNhsNumber(random)) + Suffix(random);
        return PersonalData.ContainsNhsNumber(text) && PersonalData.Detect(text) == FindingCodes.NhsNumber;
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Decimals_dates_times_phone_numbers_and_counts_are_never_nhs_numbers(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var text = NotIdentifying(random);
        return !PersonalData.ContainsNhsNumber(text);
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Several_numbers_in_one_text_are_never_nhs_numbers(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var parts = Enumerable.Range(0, 2 + random.Next(5)).Select(_ => NotIdentifying(random));
        return !PersonalData.ContainsNhsNumber(string.Join(random.Next(2) == 0 ? " " : "; ", parts));
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool A_full_postcode_is_found_in_any_text(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var postcode = RandomPostcode(random, realArea: true);
        return PersonalData.ContainsPostcode(Words(random) + " " + postcode + (random.Next(2) == 0 ? "" : ", " + Words(random)));
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Quarters_ordinals_dates_and_codes_outside_real_areas_are_not_postcodes(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        string text = random.Next(4) switch
        {
            0 => $"Q{1 + random.Next(4)} {Ordinal(1 + random.Next(9))}",
            1 => $"{(char)('A' + random.Next(26))}{1 + random.Next(9)} {Ordinal(1 + random.Next(9))} {Words(random)}",
            2 => RandomPostcode(random, realArea: false),
            _ => NotIdentifying(random),
        };
        return !PersonalData.ContainsPostcode(text);
    }

    internal static string ValidNhsNumber(Random random)
    {
        var digits = new int[9];
        while (true)
        {
            digits[0] = 1 + random.Next(9);
            for (var i = 1; i < 9; i++) { digits[i] = random.Next(10); }
            if (NhsNumber.CheckDigit(digits) is { } check)
            {
                var s = "";
                foreach (var d in digits) { s += (char)('0' + d); }
                return s + (char)('0' + check);
            }
        }
    }

    internal static string Layout(Random random, string number)
    {
        char Sep() => " -\u00A0"[random.Next(3)];
        return random.Next(2) == 0 ? number : $"{number[..3]}{Sep()}{number[3..6]}{Sep()}{number[6..]}";
    }

    private static string Prefix(Random random) => random.Next(6) switch
    {
        0 => "",
        1 => Words(random) + " ",
        2 => Digits(random, 1 + random.Next(7)) + " ",
        3 => Digits(random, 4) + "-",
        4 => Words(random) + ":",
        _ => Words(random) + " " + Digits(random, 1 + random.Next(7)) + (random.Next(2) == 0 ? " " : "-"),
    };

    private static string Suffix(Random random) => random.Next(5) switch
    {
        0 => "",
        1 => " " + Words(random),
        2 => ".",
        3 => " " + Digits(random, 1 + random.Next(6)),
        _ => ", " + Words(random),
    };

    /// <summary>Digits whose end is never 44, so a prefix cannot read as +44 or 0044.</summary>
    private static string Digits(Random random, int n)
    {
        var s = new char[n];
        for (var i = 0; i < n; i++) { s[i] = (char)('0' + random.Next(10)); }
        if (n >= 2 && s[n - 1] == '4' && s[n - 2] == '4') { s[n - 1] = '5'; }
        return new string(s);
    }

    private static readonly string[] Vocabulary = ["patient", "referral", "seen", "ref", "NHS no", "Mr", "note", "PCN", "review", "link worker", "called"];

    private static string Words(Random random) =>
        string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    private static string NotIdentifying(Random random) => random.Next(9) switch
    {
        0 => $"{random.Next(1_000_000)}.{Digits(random, 1 + random.Next(15))}",
        1 => $"{Digits(random, 10)}.{Digits(random, 1 + random.Next(4))}",
        2 => new DateOnly(2000, 1, 1).AddDays(random.Next(20_000)).ToString(random.Next(2) == 0 ? "yyyy-MM-dd" : "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        3 => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks((long)(random.NextDouble() * TimeSpan.TicksPerDay * 3000)).ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        4 => Phone(random),
        5 => random.Next(1_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        6 => random.Next(1_000_000_000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        7 => $"-{random.Next(100_000)}.{Digits(random, 10)}",
        _ => $"{random.NextDouble() * Math.Pow(10, random.Next(12)):R}",
    };

    /// <summary>UK phone numbers in their usual groupings (Ofcom): 5-5, 5-6, 3-4-4, 4-3-4, and +44 forms.</summary>
    private static string Phone(Random random) => random.Next(8) switch
    {
        0 => $"0{Digits(random, 4)} {Digits(random, 5)}",
        1 => $"0{Digits(random, 4)} {Digits(random, 6)}",
        2 => $"0{Digits(random, 2)} {Digits(random, 4)} {Digits(random, 4)}",
        3 => $"0{Digits(random, 3)} {Digits(random, 3)} {Digits(random, 4)}",
        4 => $"+44 {1 + random.Next(9)}{Digits(random, 1)} {Digits(random, 4)} {Digits(random, 4)}",
        5 => $"+44 (0){1 + random.Next(9)}{Digits(random, 1)} {Digits(random, 4)} {Digits(random, 4)}",
        6 => $"+44 {1 + random.Next(9)}{Digits(random, 2)} {Digits(random, 3)} {Digits(random, 4)}",
        _ => $"07{Digits(random, 3)} {Digits(random, 6)}",
    };

    private static string Ordinal(int n) => n + (n switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static readonly string[] RealAreas = ["LS", "SW", "B", "M", "EC", "W", "N", "NE", "BT", "CF", "EH", "G", "YO", "ZE"];
    private static readonly string[] NotAreas = ["Q", "X", "V", "QA", "ZZ", "HH", "AZ", "J", "I", "XY"];
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static string RandomPostcode(Random random, bool realArea)
    {
        var area = realArea ? RealAreas[random.Next(RealAreas.Length)] : NotAreas[random.Next(NotAreas.Length)];
        var code = $"{area}{1 + random.Next(9)}{(random.Next(3) == 0 ? random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}"
            + (random.Next(2) == 0 ? " " : "")
            + $"{random.Next(10)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}";
        return random.Next(3) == 0 ? code.ToLowerInvariant() : code;
    }
}
