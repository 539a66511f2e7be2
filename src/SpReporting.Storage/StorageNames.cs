namespace SpReporting.Storage;

/// <summary>Container and table names (ARCHITECTURE.md "Storage"); one place so every front door agrees.</summary>
public static class StorageNames
{
    public const string ReturnsContainer = "returns";
    public const string ReceiptsContainer = "receipts";
    public const string CuratedContainer = "curated";
    /// <summary>
    /// The published dashboard. An ordinary private container, not the reserved static-website one,
    /// which turns anonymously readable the day static website hosting is switched on (docs/storage.md).
    /// </summary>
    public const string SiteContainer = "site";
    public const string ExportsContainer = "exports";

    public const string SubmissionsTable = "Submissions";
    public const string PartialsTable = "Partials";
    public const string AggregatesTable = "Aggregates";
    public const string ControlTable = "Control";

    /// <summary>Callers of the HTTP front door: the organisations each may submit for, and roles.</summary>
    public const string SubmittersTable = "Submitters";

    public static IReadOnlyList<string> Containers { get; } =
        [ReturnsContainer, ReceiptsContainer, CuratedContainer, SiteContainer, ExportsContainer];

    public static IReadOnlyList<string> Tables { get; } =
        [SubmissionsTable, PartialsTable, AggregatesTable, ControlTable, SubmittersTable];
}
