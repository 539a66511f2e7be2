namespace SpReporting.Returns.Icb;

/// <summary>Sheet and column names of the ICB quarterly return, version 1, in template order.</summary>
public static class IcbSchema
{
    public const string SchemaVersion = "1";

    public const string Submission = "Submission";
    public const string Plan = "Plan";
    public const string Investment = "Investment";
    public const string Capacity = "Capacity";
    public const string Narrative = "Narrative";

    /// <summary>The narrative is one cell, up to this many characters.</summary>
    public const int NarrativeMaxChars = 4000;

    public static IReadOnlyList<string> RequiredSheets { get; } = [Submission, Plan];

    public static IReadOnlyList<string> SubmissionColumns { get; } = ["field", "value"];
    public static IReadOnlyList<string> SubmissionFields { get; } = ["icb_code", "quarter", "schema_version", "submitter_role"];

    public static IReadOnlyList<string> PlanColumns { get; } = ["pcn_code", "planned_splw_wte"];
    public static IReadOnlyList<string> InvestmentColumns { get; } = ["category", "amount_gbp"];

    /// <summary>Capacity is a field/value sheet, like Submission.</summary>
    public static IReadOnlyList<string> CapacityColumns { get; } = ["field", "value"];
    public static IReadOnlyList<string> CapacityFields { get; } = ["community_offers_active", "vcse_orgs_receiving_referrals"];

    /// <summary>Header <c>narrative</c> in A1, the text in A2.</summary>
    public static IReadOnlyList<string> NarrativeColumns { get; } = ["narrative"];

    public static IReadOnlyList<string> ColumnsOf(string sheet) => sheet switch
    {
        Submission => SubmissionColumns,
        Plan => PlanColumns,
        Investment => InvestmentColumns,
        Capacity => CapacityColumns,
        Narrative => NarrativeColumns,
        _ => [],
    };
}
