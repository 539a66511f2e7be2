using SpReporting.Periods;

namespace SpReporting.Returns.Pcn;

/// <summary>
/// A PCN monthly return as accepted: normalised, typed, and free of direct identifiers.
/// This is what is curated, so metrics can be re-derived without anyone re-uploading.
/// </summary>
public sealed record PcnReturn(
    string PcnCode,
    Month Period,
    bool NilReturn,
    string? SubmitterRole,
    IReadOnlyList<WorkforcePost> Posts,
    IReadOnlyList<Referral> Referrals,
    IReadOnlyList<ImplementationResponse> Implementation,
    IReadOnlyList<UtilisationRow>? Utilisation = null)
{
    /// <summary>Health-service use rows (schema version 2); empty for a version 1 return or a curated record written before version 2.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<UtilisationRow> UtilisationRows => Utilisation ?? [];
}
