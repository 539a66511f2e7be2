using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Aggregation;

/// <summary>
/// Everything a rebuild reads: the reference list, the current partial of every PCN-month, ICB plans
/// (planned WTE per PCN and quarter) and the range of months to publish.
/// </summary>
public sealed record AggregationInput(
    OrganisationRegistry Organisations,
    IReadOnlyDictionary<(string Pcn, Month Month), Partial> Partials,
    IReadOnlyDictionary<(string Pcn, Quarter Quarter), double> Plans,
    Month From,
    Month To)
{
    /// <summary>Rows to emit; null = all. An incremental refresh passes only what its dirty months affect.</summary>
    public RefreshScope? Scope { get; init; }

    public Spc.SpcOptions Spc { get; init; } = new();

    /// <summary>The review readiness rule's parameters (docs/metrics.md, "Review readiness").</summary>
    public Readiness.ReadinessOptions Readiness { get; init; } = SpReporting.Readiness.ReadinessOptions.Default;
}
