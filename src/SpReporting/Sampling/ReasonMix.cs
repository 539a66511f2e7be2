using SpReporting.Periods;

namespace SpReporting.Sampling;

/// <summary>
/// Why people are referred, and how that changed: loneliness and mental wellbeing dominate, lockdowns
/// raised both, and from late 2021 the cost of living pushed housing, money, food and fuel up,
/// more so where patients are more deprived and, for fuel, in winter.
/// </summary>
internal static class ReasonMix
{
    private static readonly (string Code, double Weight)[] Base =
    [
        ("LONELINESS", 18), ("MENTAL_WELLBEING", 22), ("PHYSICAL_ACTIVITY", 7), ("LTC_SELF_MANAGEMENT", 9),
        ("HOUSING", 4.5), ("MONEY_DEBT_BENEFITS", 5.5), ("FOOD", 1.2), ("FUEL", 0.8), ("EMPLOYMENT", 3),
        ("CARER", 4), ("BEREAVEMENT", 5), ("SUBSTANCE_USE", 1.5), ("PARENTING", 1.5), ("ABUSE_SAFETY", 1), ("OTHER", 3),
    ];

    /// <summary>0 before autumn 2021, rising to 1 by December 2022, easing a little from 2024.</summary>
    public static double CostOfLiving(Month m)
    {
        var i = m.Index;
        var rise = new Month(2021, 9).Index;
        var peak = new Month(2022, 12).Index;
        if (i <= rise) { return 0; }
        if (i <= peak) { return (i - rise) / (double)(peak - rise); }
        var since2024 = i - new Month(2024, 1).Index;
        return since2024 <= 0 ? 1 : Math.Max(0.75, 1 - 0.01 * since2024);
    }

    public static bool Lockdown(Month m) => m >= new Month(2020, 3) && m <= new Month(2021, 6);

    /// <summary>Weights for one referral, given when it came, where from and the person's age band.</summary>
    public static double[] Weights(Month m, int imdDecile, string ageBand)
    {
        var col = CostOfLiving(m);
        var winter = m.Number is >= 10 or <= 3 ? 1.0 : 0.4;
        var deprivation = 1 + 0.08 * (5.5 - imdDecile);
        var older = ageBand is "75-84" or "85+";
        var workingAge = ageBand is "18-24" or "25-34" or "35-44" or "45-54";
        var result = new double[Base.Length];
        for (var i = 0; i < Base.Length; i++)
        {
            var (code, w) = Base[i];
            switch (code)
            {
                case "HOUSING" or "MONEY_DEBT_BENEFITS" or "EMPLOYMENT":
                    w *= (1 + 1.6 * col) * deprivation;
                    break;
                case "FOOD":
                    w *= (1 + 4 * col) * deprivation;
                    break;
                case "FUEL":
                    w *= (1 + 6 * col * winter) * deprivation;
                    break;
                case "LONELINESS" or "MENTAL_WELLBEING" when Lockdown(m):
                    w *= code == "LONELINESS" ? 1.5 : 1.3;
                    break;
            }
            if (code == "LONELINESS" && older) { w *= 2; }
            if (code is "MONEY_DEBT_BENEFITS" or "EMPLOYMENT" && workingAge) { w *= 1.5; }
            if (code == "PARENTING") { w *= workingAge ? 2.5 : 0.1; }
            if (code == "LTC_SELF_MANAGEMENT" && !workingAge) { w *= 1.5; }
            result[i] = w;
        }
        return result;
    }

    public static IReadOnlyList<string> Codes { get; } = Base.Select(b => b.Code).ToArray();

    private static readonly bool[] IsWider = Base.Select(b => Returns.CodeLists.WiderDeterminants.Contains(b.Code)).ToArray();

    private static readonly (int, double)[] HowMany = [(1, 45), (2, 35), (3, 15), (4, 5)];

    /// <summary>
    /// One to four distinct reasons drawn with <paramref name="weights"/> (from <see cref="Weights"/>, in code-list
    /// order), joined with ';' in code-list order; and whether any is a wider determinant of health.
    /// </summary>
    public static (string Reasons, bool Wider) Draw(Random r, double[] weights)
    {
        var count = r.Pick<int>(HowMany);
        Span<double> w = stackalloc double[weights.Length];
        weights.CopyTo(w);
        Span<bool> chosen = stackalloc bool[weights.Length];
        for (var k = 0; k < count; k++)
        {
            var total = 0.0;
            foreach (var x in w) { total += x; }
            var target = r.NextDouble() * total;
            var pick = w.Length - 1;
            for (var i = 0; i < w.Length; i++)
            {
                target -= w[i];
                if (target < 0 && w[i] > 0) { pick = i; break; }
            }
            chosen[pick] = true;
            w[pick] = 0;
        }
        var parts = new List<string>(count);
        var wider = false;
        for (var i = 0; i < chosen.Length; i++)
        {
            if (!chosen[i]) { continue; }
            parts.Add(Base[i].Code);
            wider |= IsWider[i];
        }
        return (string.Join(';', parts), wider);
    }
}
