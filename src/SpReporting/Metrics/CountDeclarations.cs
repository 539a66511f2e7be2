using SpReporting.Returns;

namespace SpReporting.Metrics;

/// <summary>
/// Which published figures of each metric are counts of people, and which exact sums hold between them
/// (docs/metrics.md, "Disclosure control"). A metric about people gets its counts from its kind (a
/// percentage's numerator and denominator, the n of a mean or median, a rate's count), so a new metric
/// is protected by declaring its group and kind; the names below only join counts that are the same
/// people wherever they appear (referrals received is the denominator of every referral percentage).
/// </summary>
public static class CountDeclarations
{
    public const string ImdKnown = "ref_imd_known";
    public const string Paired = "out_wellbeing_paired";
    public const string OpenCaseload = "wf_open_caseload";

    private static readonly Dictionary<string, (string? Numerator, string? Denominator)> Joins = new(StringComparer.Ordinal)
    {
        [MetricIds.RatePer1k] = (MetricIds.Received, null),
        [MetricIds.NonGpPct] = (null, MetricIds.Received),
        [MetricIds.WiderDeterminantsPct] = (null, MetricIds.Received),
        [MetricIds.Contact14dPct] = (null, Denominator(MetricIds.WaitMedianDays)),
        [MetricIds.ImdQ1Pct] = (null, ImdKnown),
        [MetricIds.WellbeingPairedPct] = (Paired, MetricIds.Closures),
        [MetricIds.WellbeingImprovedPct] = (null, Paired),
        [MetricIds.SocialOutcomePct] = (null, MetricIds.Closures),
        [MetricIds.CaseloadPerWte] = (OpenCaseload, null),
    };

    public static string Numerator(string metricId) => metricId + ".numerator";

    public static string Denominator(string metricId) => metricId + ".denominator";

    /// <summary>The definition with its counts of people filled in.</summary>
    public static MetricDefinition Apply(MetricDefinition d)
    {
        var (numerator, denominator) = Joins.GetValueOrDefault(d.Id);
        if (d.Id.StartsWith("ref_reason_", StringComparison.Ordinal)) { denominator = MetricIds.Received; }
        if (d.Id == MetricIds.CaseloadPerWte) { return d with { NumeratorCount = numerator, CountsStock = true }; }
        if (!d.AboutPeople) { return d; }
        return d.Kind switch
        {
            MetricKind.Percent => d with { NumeratorCount = d.NumeratorCount ?? numerator ?? Numerator(d.Id), DenominatorCount = d.DenominatorCount ?? denominator ?? Denominator(d.Id) },
            MetricKind.Rate => d with { NumeratorCount = d.NumeratorCount ?? numerator ?? Numerator(d.Id) },
            MetricKind.Mean or MetricKind.Median => d with { DenominatorCount = d.DenominatorCount ?? denominator ?? Denominator(d.Id) },
            _ => d,
        };
    }

    /// <summary>
    /// Exact sums between counts of people that every window and area shows (a total and its categories):
    /// each referral has one age band, one sex and one ethnic group; each referral with a known IMD one
    /// quintile; each paired closure one wellbeing tool.
    /// </summary>
    public static IReadOnlyList<(string Total, IReadOnlyList<string> Members)> Totals { get; } =
    [
        (MetricIds.Received, [.. CodeLists.AgeBand.Codes.Select(c => MetricIds.By("age_band", c))]),
        (MetricIds.Received, [.. CodeLists.Sex.Codes.Select(c => MetricIds.By("sex", c))]),
        (MetricIds.Received, [.. CodeLists.EthnicGroup.Codes.Select(c => MetricIds.By("ethnic_group", c))]),
        (ImdKnown, [.. new[] { "q1", "q2", "q3", "q4", "q5" }.Select(c => MetricIds.By("imd", c))]),
        (Paired, [.. WellbeingTool.Scored.Select(t => Denominator(MetricIds.WellbeingChange(t.Code)))]),
    ];
}
