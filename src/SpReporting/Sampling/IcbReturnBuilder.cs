using System.Globalization;
using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Reference;
using SpReporting.Returns.Icb;

namespace SpReporting.Sampling;

/// <summary>
/// An ICB's quarterly return: the WTE it plans in each of its PCNs (ahead of or behind what the PCNs
/// manage to recruit), money spent, local capacity, and sometimes a narrative of what it learned.
/// </summary>
internal static class IcbReturnBuilder
{
    public static Workbook Build(Area icb, IReadOnlyList<PcnProfile> pcns, int seed, Quarter quarter)
    {
        var r = StableRandom.For(seed, icb.Code, 0x1cb, quarter.Index);
        var end = quarter.LastMonth;
        var patients = pcns.Sum(p => (double)p.ListSize);

        var plan = pcns.Select(p =>
        {
            var expected = p.SlotsOpenBy(end) * 0.85;
            var planned = Math.Clamp(Math.Round(expected * r.Normal(1.05, 0.08), 1), 0, 50);
            return (string[])[p.Code, planned.ToString("0.0", CultureInfo.InvariantCulture)];
        });

        var perHead = r.Uniform(0.08, 0.3);
        List<string[]> investment =
        [
            ["VCSE_GRANTS", Money(patients * perHead)],
            ["ICB_COMMISSIONED_SP", Money(patients * perHead * r.Uniform(0.3, 0.9))],
            ["TRAINING_SUPERVISION", Money(pcns.Count * r.Uniform(300, 1200))],
        ];
        if (r.Chance(0.4)) { investment.Add(["OTHER", Money(r.Uniform(5_000, 60_000))]); }

        var offers = StableRandom.Clamp(patients / 4_000 * r.Normal(1, 0.25), 20, 5_000);
        var sheets = new List<Sheet>
        {
            Sheets.Create(IcbSchema.Submission, IcbSchema.SubmissionColumns,
            [
                ["icb_code", icb.Code],
                ["quarter", quarter.ToString()],
                ["schema_version", IcbSchema.SchemaVersion],
                ["submitter_role", r.Pick<string>(["Head of Personalised Care", "Personalised care programme lead", "Primary care commissioning manager"])],
            ]),
            Sheets.Create(IcbSchema.Plan, IcbSchema.PlanColumns, plan),
            Sheets.Create(IcbSchema.Investment, IcbSchema.InvestmentColumns, investment),
            Sheets.Create(IcbSchema.Capacity, IcbSchema.CapacityColumns,
            [
                ["community_offers_active", offers.ToString(CultureInfo.InvariantCulture)],
                ["vcse_orgs_receiving_referrals", StableRandom.Clamp(offers * r.Uniform(0.2, 0.4), 5, 2_000).ToString(CultureInfo.InvariantCulture)],
            ]),
        };
        if (r.Chance(0.7)) { sheets.Add(Sheets.Create(IcbSchema.Narrative, IcbSchema.NarrativeColumns, [[Narrative(r, end)]])); }
        return new Workbook(sheets);
    }

    /// <summary>Pounds, with pence where the finance team gave them.</summary>
    private static string Money(double amount) => Math.Round(amount, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Narrative(Random r, Month end)
    {
        var col = ReasonMix.CostOfLiving(end);
        var themes = new List<string>
        {
            col > 0.5
                ? "Link workers report that most new referrals now involve money, housing or energy costs, and waits for debt advice partners have lengthened."
                : "Most referrals are still for loneliness and low mood, and GP referrals remain the main route in.",
            r.Pick<string>(
            [
                "Two PCNs lost experienced link workers this quarter; recruitment is slower where posts are fixed-term.",
                "Peer supervision across PCNs has started and supervision hours recorded are rising.",
                "Some practices still see link workers as a signposting service; PCN leads are meeting them to agree referral criteria.",
                "VCSE partners say grant funding is the constraint, not willingness to take referrals, so the grants round was brought forward.",
            ]),
            r.Pick<string>(
            [
                "Wellbeing follow-up is missing for about a third of closed referrals, so PCNs are adding a reminder at the last session.",
                "We are checking that what link workers help with (housing, debt, food) is recorded as outcomes, not only wellbeing scores.",
                "Practices with a named GP champion refer more, and more appropriately, than the rest.",
            ]),
        };
        if (r.Chance(0.3))
        {
            // Some write bullet points: a line starting "-" must stay text wherever it is shown.
            return string.Join("\n", themes.Select(t => "- " + t));
        }
        return string.Join(" ", themes);
    }
}
