namespace SpReporting.Returns.Pcn;

/// <summary>Sheet and column names of the PCN monthly return, version 1, in template order.</summary>
public static class PcnSchema
{
    public const string SchemaVersion = "1";

    public const string Submission = "Submission";
    public const string Workforce = "Workforce";
    public const string Referrals = "Referrals";
    public const string Implementation = "Implementation";

    public static IReadOnlyList<string> RequiredSheets { get; } = [Submission, Workforce, Referrals];

    public static IReadOnlyList<string> SubmissionColumns { get; } = ["field", "value"];
    public static IReadOnlyList<string> SubmissionFields { get; } = ["pcn_code", "period", "schema_version", "nil_return", "submitter_role"];

    public static IReadOnlyList<string> WorkforceColumns { get; } =
    [
        "post_id", "role", "status", "wte", "funding", "employer", "start_date", "end_date",
        "open_caseload", "supervision_hours", "non_sp_hours", "wellbeing_score",
    ];

    public static IReadOnlyList<string> ReferralColumns { get; } =
    [
        "referral_id", "referral_date", "source", "reasons", "age_band", "sex", "ethnic_group", "imd_decile",
        "first_contact_date", "status", "closed_date", "connections", "wellbeing_tool", "wellbeing_baseline",
        "wellbeing_followup", "social_outcomes",
    ];

    public static IReadOnlyList<string> CoherenceItems { get; } = ["coh1", "coh2", "coh3", "coh4"];
    public static IReadOnlyList<string> CognitiveParticipationItems { get; } = ["cog1", "cog2", "cog3", "cog4"];
    public static IReadOnlyList<string> CollectiveActionItems { get; } = ["act1", "act2", "act3", "act4", "act5", "act6", "act7"];
    public static IReadOnlyList<string> ReflexiveMonitoringItems { get; } = ["ref1", "ref2", "ref3", "ref4", "ref5"];

    public static IReadOnlyList<string> ImplementationColumns { get; } =
        ["respondent_role", "g1", "g2", "g3", .. CoherenceItems, .. CognitiveParticipationItems, .. CollectiveActionItems, .. ReflexiveMonitoringItems];

    /// <summary>Columns that every data row must have a header for (FIL003); the rest are optional.</summary>
    public static IReadOnlyList<string> ColumnsOf(string sheet) => sheet switch
    {
        Submission => SubmissionColumns,
        Workforce => WorkforceColumns,
        Referrals => ReferralColumns,
        Implementation => ImplementationColumns,
        _ => [],
    };
}
