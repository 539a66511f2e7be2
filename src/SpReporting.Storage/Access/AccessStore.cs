using Azure;
using Azure.Data.Tables;

namespace SpReporting.Storage.Access;

/// <summary>
/// The submitters table: one row per caller, keyed by identity provider (partition) and the
/// provider's id for the caller (row), holding the organisations it may submit for and its roles,
/// each as a <c>;</c>-separated list (<c>pcn/U12345;pcn/U23456</c>, <c>commissioner</c>).
/// Administrators maintain it; the HTTP front door only reads it, one point read per request.
/// </summary>
public sealed class AccessStore(StorageAccount storage)
{
    public const string OrganisationsProperty = "Organisations";
    public const string RolesProperty = "Roles";
    public const string DescriptionProperty = "Description";

    public TableClient Table { get; } = storage.Tables.GetTableClient(StorageNames.SubmittersTable);

    /// <summary>The caller's access; <see cref="CallerAccess.None"/> if the table has no row for it.</summary>
    public async Task<CallerAccess> GetAsync(CallerId caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(caller.Provider, caller.UserId,
            [OrganisationsProperty, RolesProperty], cancellationToken);
        if (!row.HasValue || row.Value is null) { return CallerAccess.None; }
        return new CallerAccess(
            Split(row.Value.GetString(OrganisationsProperty), CallerAccess.NormalisePrefix),
            Split(row.Value.GetString(RolesProperty), s => s.ToLowerInvariant()));
    }

    /// <summary>Writes (replaces) a caller's row. For administration scripts and tests.</summary>
    public Task GrantAsync(CallerId caller, IEnumerable<string> organisations, IEnumerable<string> roles, string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var entity = new TableEntity(caller.Provider, caller.UserId)
        {
            [OrganisationsProperty] = string.Join(';', organisations),
            [RolesProperty] = string.Join(';', roles),
        };
        if (description is not null) { entity[DescriptionProperty] = description; }
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task RevokeAsync(CallerId caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        try { await Table.DeleteEntityAsync(caller.Provider, caller.UserId, ETag.All, cancellationToken); }
        catch (RequestFailedException e) when (e.Status == 404) { }
    }

    private static HashSet<string> Split(string? list, Func<string, string> normalise) =>
        new((list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(normalise), StringComparer.Ordinal);
}
