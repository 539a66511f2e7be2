using System.Globalization;
using SpReporting.Periods;
using SpReporting.Returns;

namespace SpReporting.Sampling;

/// <summary>
/// The referrals a PCN receives in one month, each with its whole course: first contact, how it ends,
/// wellbeing scores and social outcomes. Drawn from a random stream of its own per PCN and month, so a
/// month's referrals are the same whatever window is sampled.
/// </summary>
internal static class ReferralGenerator
{
    /// <summary>No referral stays open longer than this, so a sample need look back only nine months.</summary>
    public const int MaxDaysOpen = 240;

    private static readonly (string, double)[] AgeBands =
    [
        ("0-17", 2), ("18-24", 6), ("25-34", 10), ("35-44", 11), ("45-54", 14), ("55-64", 15),
        ("65-74", 15), ("75-84", 16), ("85+", 8), ("UNKNOWN", 2),
    ];

    private static readonly double[] Seasonality = [1.08, 1.02, 1.05, 0.95, 1.0, 1.0, 0.97, 0.85, 1.0, 1.05, 1.04, 0.82];

    /// <summary>Expected referrals in the month: list size × rate, ramping up over the first year, with season, lockdown and staffing.</summary>
    public static double ExpectedCount(PcnProfile p, Month m, double staffing)
    {
        if (m < p.ServiceStart || staffing <= 0) { return 0; }
        var ramp = 0.2 + 0.8 * Math.Min(1, (m.Index - p.ServiceStart.Index) / 12.0);
        var covid = m >= new Month(2020, 4) && m <= new Month(2020, 6) ? 0.6 : m >= new Month(2020, 7) && m <= new Month(2021, 3) ? 0.85 : 1;
        return p.ListSize / 1000.0 * p.ReferralsPer1kPerMonth * ramp * Seasonality[m.Number - 1] * covid * staffing;
    }

    public static IReadOnlyList<SimReferral> Received(PcnProfile p, int seed, Month m, double staffing)
    {
        var r = StableRandom.For(seed, p.Code, 0x5ef, m.Index);
        var count = Math.Min(4095, r.Poisson(ExpectedCount(p, m, staffing)));
        if (count == 0) { return []; }
        var context = new MonthContext(p, m, staffing);
        var idKey = (uint)StableRandom.SeedOf(seed, p.Code, 0x1d);
        var list = new SimReferral[count];
        for (var i = 0; i < count; i++)
        {
            // A bijection of (month, index): ids never repeat within a PCN, and reveal nothing.
            var id = "R-" + StableRandom.Scramble(((uint)(m.Index - Month.FirstPcnMonth.Index) << 12 | (uint)i) ^ idKey).ToString("X8", CultureInfo.InvariantCulture);
            list[i] = One(r, context, id);
        }
        Array.Sort(list, (a, b) => a.ReferralDate != b.ReferralDate
            ? a.ReferralDate.CompareTo(b.ReferralDate)
            : string.CompareOrdinal(a.ReferralId, b.ReferralId));
        return list;
    }

    /// <summary>What every referral of one PCN-month shares: weights that drift with time, worked out once.</summary>
    private sealed class MonthContext
    {
        public MonthContext(PcnProfile p, Month m, double staffing)
        {
            Profile = p;
            Month = m;
            var years = (m.Index - new Month(2020, 1).Index) / 12.0;
            Years = years;
            WaitFactor = Math.Clamp(1 / Math.Max(staffing, 0.1), 1, 2.5);
            Sources =
            [
                ("GP", Math.Max(38, 52 - 2 * years)), ("NURSE_AHP", 8), ("PRACTICE_OTHER", 10), ("ARRS_OTHER", 4 + years),
                ("SELF", 6 + years), ("VCSE", 4), ("LOCAL_AUTHORITY", 3), ("SECONDARY_CARE", 3), ("OTHER", 3),
            ];
            Minorities = [("ASIAN", 50), ("BLACK", p.Organisation.RegionCode == "Y56" ? 35 : 22), ("MIXED", 13), ("OTHER", 12)];
            ReasonWeights = AgeBands.Select(a => ReasonMix.Weights(m, p.ImdDecile, a.Item1)).ToArray();
            NoToolChance = Math.Clamp(0.22 - 0.03 * years, 0.06, 0.22);
            FollowUpChance = Math.Clamp(0.72 + 0.04 * years, 0.72, 0.9);
        }

        public PcnProfile Profile { get; }
        public Month Month { get; }
        public double Years { get; }
        public double WaitFactor { get; }
        public (string, double)[] Sources { get; }
        public (string, double)[] Minorities { get; }
        public double[][] ReasonWeights { get; }
        public double NoToolChance { get; }
        public double FollowUpChance { get; }
    }

    private static readonly (string, double)[] Sexes = [("FEMALE", 60), ("MALE", 37.5), ("OTHER", 0.5), ("UNKNOWN", 2)];
    private static readonly (string, double)[] Endings = [("CLOSED", 78), ("DECLINED", 10), ("DID_NOT_ENGAGE", 12)];
    private static readonly string[] ScoredTools = ["SWEMWBS", "WEMWBS", "ONS4_LS", "MYCAW"];

    private static SimReferral One(Random r, MonthContext c, string id)
    {
        var p = c.Profile;
        var referralDate = r.WorkingDayIn(c.Month);
        var source = r.Pick<string>(c.Sources);
        var ageIndex = PickIndex(r, AgeBands);
        var age = AgeBands[ageIndex].Item1;
        var (reasons, wider) = ReasonMix.Draw(r, c.ReasonWeights[ageIndex]);
        var sex = r.Pick<string>(Sexes);
        var ethnic = r.Chance(0.05) ? "NOT_STATED"
            : !r.Chance(p.NonWhiteShare) ? "WHITE"
            : r.Pick<string>(c.Minorities);
        int? imd = r.Chance(0.07) ? null : StableRandom.Clamp(r.Normal(p.ImdDecile - 0.6, 1.5), 1, 10);

        var wait = r.NextDouble() switch
        {
            < 0.55 => r.Exponential(4),
            < 0.9 => 7 + r.Exponential(9),
            _ => 20 + r.Exponential(25),
        };
        var contact = referralDate.AddDays((int)Math.Min(150, wait * c.WaitFactor));
        var status = r.Pick<string>(Endings);
        DateOnly? firstContact;
        DateOnly closed;
        switch (status)
        {
            case "DECLINED":
                firstContact = r.Chance(0.5) ? contact : null;
                closed = (firstContact ?? referralDate).AddDays(firstContact is null ? r.Next(0, 22) : r.Next(0, 6));
                break;
            case "DID_NOT_ENGAGE":
                firstContact = r.Chance(0.35) ? contact : null;
                closed = firstContact is { } fc ? fc.AddDays(r.Next(14, 61)) : referralDate.AddDays(r.Next(21, 91));
                break;
            default:
                firstContact = contact;
                closed = contact.AddDays(7 + (int)Math.Min(200, Math.Exp(r.Normal(Math.Log(35), 0.55))));
                break;
        }
        if (closed > referralDate.AddDays(MaxDaysOpen)) { closed = referralDate.AddDays(MaxDaysOpen); }
        if (firstContact > closed) { firstContact = closed; }

        var tool = p.PreferredTool == "NONE" ? (r.Chance(0.85) ? "NONE" : "ONS4_LS")
            : r.Chance(c.NoToolChance) ? "NONE"
            : r.Chance(0.92) ? p.PreferredTool
            : r.Pick(ScoredTools);
        string? baseline = null, followUp = null;
        if (tool != "NONE" && firstContact is not null && r.Chance(0.85))
        {
            var (b, f) = WellbeingScores.Draw(r, tool, wider ? 0.85 : 1.0);
            baseline = b;
            if (status == "CLOSED" && r.Chance(c.FollowUpChance)) { followUp = f; }
        }

        int? connections = status == "CLOSED" ? Math.Min(15, r.Poisson(1.9)) : null;
        var outcomes = status == "CLOSED" ? SocialOutcomes(r, reasons, c.Years) : null;
        return new SimReferral(id, referralDate, source, reasons, age, sex, ethnic, imd, firstContact, status, closed,
            connections, tool, baseline, followUp, outcomes);
    }

    private static int PickIndex(Random r, (string, double)[] choices)
    {
        var total = 0.0;
        foreach (var c in choices) { total += c.Item2; }
        var x = r.NextDouble() * total;
        for (var i = 0; i < choices.Length; i++)
        {
            x -= choices[i].Item2;
            if (x < 0) { return i; }
        }
        return choices.Length - 1;
    }

    private static readonly string[] OutcomeText = Enumerable.Range(0, 1 << 8)
        .Select(mask => mask == 0 ? "NONE_ACHIEVED"
            : string.Join(';', CodeLists.SocialOutcome.Codes.Where((_, i) => (mask & (1 << i)) != 0)))
        .ToArray();

    private static int Outcome(string code) => 1 << CodeLists.SocialOutcome.Codes.ToList().IndexOf(code);

    private static readonly int Housing = Outcome("HOUSING_IMPROVED"), Debt = Outcome("DEBT_ADVICE_RECEIVED"),
        Benefits = Outcome("BENEFITS_INCREASED"), Food = Outcome("FOOD_SUPPORT_RECEIVED"), Fuel = Outcome("FUEL_SUPPORT_RECEIVED"),
        Work = Outcome("EMPLOYMENT_OR_VOLUNTEERING"), Connection = Outcome("SOCIAL_CONNECTION_MADE");

    /// <summary>Recorded more often as services learned to measure what they help with; blank when not recorded.</summary>
    private static string? SocialOutcomes(Random r, string reasons, double years)
    {
        if (!r.Chance(Math.Clamp(0.45 + 0.09 * (years - 1), 0.45, 0.88))) { return null; }
        var got = 0;
        foreach (var range in reasons.AsSpan().Split(';'))
        {
            switch (reasons[range])
            {
                case "HOUSING" when r.Chance(0.45): got |= Housing; break;
                case "MONEY_DEBT_BENEFITS":
                    if (r.Chance(0.55)) { got |= Debt; }
                    if (r.Chance(0.35)) { got |= Benefits; }
                    break;
                case "FOOD" when r.Chance(0.7): got |= Food; break;
                case "FUEL" when r.Chance(0.6): got |= Fuel; break;
                case "EMPLOYMENT" when r.Chance(0.35): got |= Work; break;
                case "LONELINESS" or "MENTAL_WELLBEING" or "PHYSICAL_ACTIVITY" or "BEREAVEMENT" or "CARER" when r.Chance(0.5):
                    got |= Connection;
                    break;
            }
        }
        return OutcomeText[got];
    }
}
