namespace SpReporting.Storage.Access;

/// <summary>
/// Roles a caller can hold in the submitters table. Submitting needs no role, only organisations:
/// the right to upload is always for named organisations, never a blanket one.
/// </summary>
public static class Roles
{
    /// <summary>ICB commissioners: the dashboard, packs and <c>metrics.csv</c>.</summary>
    public const string Commissioner = "commissioner";

    /// <summary>NHS England reviewers: the dashboard, packs and <c>metrics.csv</c>.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>The roles that may read published outputs.</summary>
    public static IReadOnlyList<string> Readers { get; } = [Commissioner, Reviewer];
}
