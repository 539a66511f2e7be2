using SpReporting.Metrics;
using SpReporting.Publishing;
using SpReporting.Publishing.Audit;
using SpReporting.Statistics;

namespace SpReporting.Tests.Publishing;

/// <summary>
/// Each recovery the outside audit made, reproduced against a publication shaped as the first version of
/// disclosure control wrote it: the audit must find it. SampledPublicationAuditTests shows the production
/// publisher now leaves nothing of the kind.
/// </summary>
public class AuditAttackTests
{
    private const string Icb = "QAA";

    private static Recovery Single(AuditResult result, string area, string count, string how)
    {
        var found = result.Recoveries.Where(r => r.Area == area && r.Count == count && r.How.StartsWith(how, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count > 0, "not recovered; found: " + string.Join("\n", result.Recoveries));
        return found[0];
    }

    [Fact]
    public void Hierarchy_differencing_recovers_a_withheld_child()
    {
        // 909 closures in England, one region shows 907 (unrounded): the other, withheld, had 2.
        using var p = new CraftedPublication()
            .Row("ENGLAND", CraftedPublication.England, "", "month", "2026-01", "out_closures", "909")
            .Row("REGION", "Y01", CraftedPublication.England, "month", "2026-01", "out_wellbeing_paired_pct", "50", "455", "907")
            .Row("REGION", "Y02", CraftedPublication.England, "month", "2026-01", "out_closures", note: "[c]");
        var result = PublicationAudit.Run(p.Write());
        Assert.Equal(2, Single(result, "Y02", "out_closures", "hierarchy").Value);
    }

    [Fact]
    public void Window_differencing_recovers_a_withheld_survey_count()
    {
        // 12 months minus the year to date: the withheld month's respondents to the coherence questions.
        using var p = new CraftedPublication().Months("2025-07", 12)
            .Row("PCN", "U00001", Icb, "r12", "2026-06", "impl_coherence", "3.9", "", "47")
            .Row("PCN", "U00001", Icb, "fytd", "2026-06", "impl_coherence", "3.8", "", "41")
            .Row("PCN", "U00001", Icb, "month", "2026-03", "impl_coherence", note: "[c]")
            .Row("PCN", "U00001", Icb, "month", "2026-05", "impl_coherence", "3.8", "", "41");
        var result = PublicationAudit.Run(p.Write());
        Assert.Equal(6, Single(result, "U00001", CountDeclarations.Denominator("impl_coherence"), "window").Value);
    }

    [Fact]
    public void Category_differencing_recovers_a_withheld_tool()
    {
        // Paired closures minus the other tools' n.
        using var p = new CraftedPublication()
            .Row("PCN", "U00001", Icb, "quarter", "2025-Q4", "out_wellbeing_paired_pct", "41", "41", "100")
            .Row("PCN", "U00001", Icb, "quarter", "2025-Q4", "out_wellbeing_change_SWEMWBS", "2.1", "", "21")
            .Row("PCN", "U00001", Icb, "quarter", "2025-Q4", "out_wellbeing_change_WEMWBS", "2.3", "", "13")
            .Row("PCN", "U00001", Icb, "quarter", "2025-Q4", "out_wellbeing_change_ONS4_LS", note: "[c]")
            .Row("PCN", "U00001", Icb, "quarter", "2025-Q4", "out_wellbeing_change_MYCAW", "0", "", "0");
        var result = PublicationAudit.Run(p.Write());
        Assert.Equal(7, Single(result, "U00001", CountDeclarations.Denominator("out_wellbeing_change_ONS4_LS"), "categories").Value);
    }

    [Fact]
    public void A_rate_from_an_unrounded_count_gives_the_count_back()
    {
        // 22 referrals, published as 20, but the rate was worked out from 22.
        var rate = 22 * 12_000.0 / 10_000;
        using var p = new CraftedPublication()
            .Row("PCN", "U00001", Icb, "month", "2026-01", "ref_received", "20")
            .Row("PCN", "U00001", Icb, "month", "2026-01", "ref_rate_per_1k", Disclosure.Format(rate, 2), "20", "10000");
        var result = PublicationAudit.Run(p.Write());
        Assert.Equal(22, Single(result, "U00001", "ref_received", "rate inversion").Value);
    }

    [Fact]
    public void A_wilson_interval_from_unrounded_counts_pins_them_and_a_small_complement()
    {
        // 55 of 61 closures paired, shown as 55 of 60 but with the value and interval of 55/61: 6 unpaired.
        var ci = Wilson.Score(55, 61)!;
        using var p = new CraftedPublication()
            .Row("PCN", "U00001", Icb, "month", "2026-01", "out_wellbeing_paired_pct", Disclosure.Format(100.0 * 55 / 61, 1), "55", "60",
                Disclosure.Format(100 * ci.Lower, 1), Disclosure.Format(100 * ci.Upper, 1));
        var result = PublicationAudit.Run(p.Write());
        Assert.Equal(61, Single(result, "U00001", "out_closures", "interval inversion").Value);
        Assert.Equal(6, Single(result, "U00001", "out_wellbeing_paired_pct complement", "small complement").Value);
    }

    [Fact]
    public void Rounded_counts_at_their_limits_can_still_pin_a_withheld_one_and_a_complement_is_chosen()
    {
        // 20 closures in the ICB (18 to 22), children 10 (8 to 12) and 15 (13 to 17): the withheld one is at most 1.
        using var p = new CraftedPublication()
            .Row("ICB", Icb, "Y01", "month", "2026-01", "out_closures", "20")
            .Row("PCN", "U00003", Icb, "month", "2026-01", "out_closures", "15")
            .Row("PCN", "U00002", Icb, "month", "2026-01", "out_closures", "10")
            .Row("PCN", "U00001", Icb, "month", "2026-01", "out_closures", note: "[c]");
        var result = PublicationAudit.Run(p.Write());
        Assert.Equal(1, Single(result, "U00001", "out_closures", "hierarchy").Value);
        var withheld = new WithheldCounts();
        Assert.Equal(1, withheld.AddComplements(result));
        Assert.Equal(("U00002", "month", "2026-01", "out_closures"), Assert.Single(withheld.Cells));
    }

    [Fact]
    public void A_rounded_publication_with_nothing_pinned_is_safe()
    {
        using var p = new CraftedPublication()
            .Row("ICB", Icb, "Y01", "month", "2026-01", "out_closures", "30")
            .Row("PCN", "U00002", Icb, "month", "2026-01", "out_closures", "15")
            .Row("PCN", "U00001", Icb, "month", "2026-01", "out_closures", note: "[c]");
        Assert.True(PublicationAudit.Run(p.Write()).Safe);
    }
}
