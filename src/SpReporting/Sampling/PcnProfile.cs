using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Sampling;

/// <summary>
/// The fixed traits of one PCN's link-worker service in a sample: when it began, how big it is meant
/// to be, how busy it is, how it measures wellbeing and how reliably it submits. Drawn once per PCN
/// from the seed, so the same PCN behaves the same in any run with that seed.
/// </summary>
internal sealed record PcnProfile(
    Organisation Organisation,
    int ListSize,
    int ImdDecile,
    Month ServiceStart,
    int TargetPosts,
    IReadOnlyList<int> SlotOpenOffsets,
    double ReferralsPer1kPerMonth,
    string PreferredTool,
    string PreferredEmployer,
    double NonWhiteShare,
    bool SubmitsXlsx,
    bool CsvWithByteOrderMark,
    double LateRate,
    double MissingRate,
    string SubmitterRole)
{
    /// <summary>Used where a closed PCN has no published list size: a typical PCN.</summary>
    public const int TypicalListSize = 45_000;

    public string Code => Organisation.PcnCode;

    /// <summary>Number of posts the PCN means to have by <paramref name="month"/> (ARRS growth, one post at a time).</summary>
    public int SlotsOpenBy(Month month)
    {
        var n = 0;
        foreach (var offset in SlotOpenOffsets)
        {
            if (month >= ServiceStart.AddMonths(offset)) { n++; }
        }
        return n;
    }

    public static PcnProfile Create(Organisation o, int seed, Month sampleEnd, double xlsxShare = 1.0 / 3)
    {
        var r = StableRandom.For(seed, o.PcnCode, 0x9e37);
        var listSize = o.RegisteredPatients ?? TypicalListSize;
        var imd = o.ImdDecile ?? 5;

        var open = Month.Of(o.OpenDate) < Month.FirstPcnMonth ? Month.FirstPcnMonth : Month.Of(o.OpenDate);
        var u = r.NextDouble();
        var start = u < 0.6 ? open.AddMonths(r.Next(0, 15)) // most began with ARRS in 2019/20
            : u < 0.85 ? new Month(2020, 10).AddMonths(r.Next(0, 27))
            : sampleEnd.AddMonths(-r.Next(4, 31)); // young programmes, under about two years old at the end of the sample
        if (start < open) { start = open; }

        var target = StableRandom.Clamp(listSize / 12_000.0 * r.Normal(1, 0.2), 1, 16);
        var offsets = new int[target];
        for (var i = 1; i < target; i++) { offsets[i] = offsets[i - 1] + r.Next(4, 15); }

        // Busier where patients are more deprived; individual services vary a good deal.
        var rate = 2.9 * Math.Exp(r.Normal(0, 0.22)) * (1 + 0.05 * (5.5 - imd));

        var tool = r.Pick<string>([("ONS4_LS", 40), ("SWEMWBS", 38), ("WEMWBS", 10), ("MYCAW", 7), ("NONE", 5)]);
        var employer = r.Pick<string>([("PCN_PRACTICE", 45), ("GP_FEDERATION", 22), ("VCSE", 22), ("LOCAL_AUTHORITY", 4), ("NHS_TRUST", 5), ("OTHER", 2)]);
        var nonWhite = Math.Clamp(RegionNonWhite(o.RegionCode) * Math.Exp(r.Normal(0, 0.5)) * (1 + 0.06 * (5.5 - imd)), 0.01, 0.85);

        var late = r.Pick<double>([(0.02, 70), (0.10, 25), (0.30, 5)]);
        var missing = r.Pick<double>([(0.01, 80), (0.04, 15), (0.12, 5)]);
        var role = r.Pick<string>([("PCN manager", 50), ("Social prescribing lead", 20), ("PCN operations manager", 15), ("Care coordinator lead", 8), ("Practice manager", 7)]);

        return new PcnProfile(o, listSize, imd, start, target, offsets, rate, tool, employer, nonWhite,
            SubmitsXlsx: StableRandom.SeedOf(seed, o.PcnCode, 0x71) % 1000 < xlsxShare * 1000,
            CsvWithByteOrderMark: r.Chance(0.3),
            late, missing, role);
    }

    /// <summary>Rough share of registered patients from ethnic minority groups, by NHS England region (Census 2021).</summary>
    private static double RegionNonWhite(string region) => region switch
    {
        "Y56" => 0.45, // London
        "Y60" => 0.20, // Midlands
        "Y62" => 0.14, // North West
        "Y63" => 0.11, // North East and Yorkshire
        "Y61" => 0.13, // East of England
        "Y59" => 0.12, // South East
        "Y58" => 0.06, // South West
        _ => 0.15,
    };
}
