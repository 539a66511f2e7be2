namespace SpReporting.Returns.Pcn;

/// <summary>Sheet and column names of the PCN monthly return, versions 1 and 2, in template order.</summary>
public static class PcnSchema
{
    /// <summary>The version the template writes: 2 adds the optional Utilisation sheet (docs/validation.md).</summary>
    public const string SchemaVersion = "2";

    /// <summary>Version 1 returns (no Utilisation sheet) are still accepted unchanged.</summary>
    public const string SchemaVersion1 = "1";

    public static IReadOnlyList<string> AcceptedVersions { get; } = [SchemaVersion1, SchemaVersion];

    public const string Submission = "Submission";
    public const string Workforce = "Workforce";
    public const string Referrals = "Referrals";
    public const string Implementation = "Implementation";
    public const string Utilisation = "Utilisation";

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

    public static IReadOnlyList<string> UtilisationColumns { get; } =
    [
        "referral_id", "closed_date", "gp_consults_before", "gp_consults_after", "ae_attendances_before", "ae_attendances_after",
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
        Utilisation => UtilisationColumns,
        _ => [],
    };
}
