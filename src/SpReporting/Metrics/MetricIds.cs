using SpReporting.Returns;

namespace SpReporting.Metrics;

/// <summary>The stable metric ids of METRICS.md.</summary>
public static class MetricIds
{
    public const string Headcount = "wf_headcount";
    public const string Wte = "wf_wte";
    public const string WteArrs = "wf_wte_arrs";
    public const string WtePer10k = "wf_wte_per_10k";
    public const string VacantWte = "wf_vacant_wte";
    public const string Leavers = "wf_leavers";
    public const string Turnover12m = "wf_turnover_12m";
    public const string CaseloadPerWte = "wf_caseload_per_wte";
    public const string SupervisedPct = "wf_supervised_pct";
    public const string NonSpPct = "wf_non_sp_pct";
    public const string StaffWellbeingMean = "wf_wellbeing_mean";
    public const string VsPlanPct = "wf_vs_plan_pct";

    public const string Received = "ref_received";
    public const string RatePer1k = "ref_rate_per_1k";
    public const string NonGpPct = "ref_non_gp_pct";
    public const string WiderDeterminantsPct = "ref_wider_determinants_pct";
    public const string WaitMedianDays = "ref_wait_median_days";
    public const string Contact14dPct = "ref_contact_14d_pct";
    public const string ImdQ1Pct = "ref_imd_q1_pct";
    public static string ReasonPct(string reason) => $"ref_reason_{reason}_pct";
    public static string By(string dimension, string code) => $"ref_by_{dimension}_{Slug(code)}";

    public const string Closures = "out_closures";
    public const string DeclinedDnePct = "out_declined_dne_pct";
    public const string ConnectionsMean = "out_connections_mean";
    public const string WellbeingPairedPct = "out_wellbeing_paired_pct";
    public const string WellbeingImprovedPct = "out_wellbeing_improved_pct";
    public const string SocialOutcomePct = "out_social_outcome_pct";
    public const string MeasurementMatchPct = "out_measurement_match_pct";
    public static string WellbeingChange(string tool) => $"out_wellbeing_change_{tool}";

    public const string GpUseChangeMean = "use_gp_change_mean";
    public const string GpUseReducedPct = "use_gp_reduced_pct";
    public const string AeUseChangeMean = "use_ae_change_mean";
    public const string UseCoveragePct = "use_coverage_pct";

    public const string Respondents = "impl_respondents";
    public const string Coherence = "impl_coherence";
    public const string CognitiveParticipation = "impl_cognitive_participation";
    public const string CollectiveAction = "impl_collective_action";
    public const string ReflexiveMonitoring = "impl_reflexive_monitoring";
    public const string NormalNow = "impl_normal_now";
    public const string Stage = "impl_stage";

    public const string MaturityMonths = "maturity_months";
    public const string TooEarlyToJudge = "too_early_to_judge";

    // Review readiness (docs/metrics.md, "Review readiness").
    public const string ReadyToJudge = "ready_fair_to_judge";
    public const string ReadyReason = "ready_reason";
    public const string ReadySharePct = "ready_share_pct";
    public const string ReadyMonth = "ready_month";

    public const string ReturnsExpected = "dq_returns_expected";
    public const string ReturnsReceived = "dq_returns_received";
    public const string OnTimePct = "dq_returns_on_time_pct";
    public const string CompletenessPct = "dq_completeness_pct";
    public const string WarningsPerReturn = "dq_warnings_per_return";

    /// <summary>Codes such as <c>65-74</c> or <c>85+</c> made safe for ids: <c>65_74</c>, <c>85_plus</c>.</summary>
    public static string Slug(string code) => code.Replace("-", "_", StringComparison.Ordinal).Replace("+", "_plus", StringComparison.Ordinal);

    internal static IEnumerable<string> Reasons => CodeLists.Reason.Codes;
}
