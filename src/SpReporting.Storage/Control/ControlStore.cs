using Azure;
using Azure.Data.Tables;
using SpReporting.Returns;
using SpReporting.Storage.Ledger;
using SpReporting.Storage.Tables;

namespace SpReporting.Storage.Control;

/// <summary>
/// The control table: small operational state, one partition per kind of thing (docs/storage.md):
/// <c>dirty</c> (periods to refresh), <c>locked</c> (periods closed to uploads, with when),
/// <c>refresh</c> (last refresh) and <c>lock</c> (leases so one refresh runs at a time).
/// Row keys are period keys such as <c>pcn_2024-03</c>.
/// </summary>
public sealed class ControlStore(TableClient table)
{
    public const string DirtyPartition = "dirty";
    public const string LockedPartition = "locked";
    public const string RefreshPartition = "refresh";
    public const string LeasePartition = "lock";

    public TableClient Table { get; } = table;

    /// <summary>
    /// Marks one organisation's period for refresh. Each mark gets a new ETag, so a refresh that read
    /// an older mark cannot clear a newer one. Marks name the organisation so that a refresh knows
    /// which areas' monthly series (SPC) moved.
    /// </summary>
    public Task MarkDirtyAsync(ReturnKind kind, string period, string organisation, CancellationToken cancellationToken = default) =>
        Table.UpsertCheckedAsync(new TableEntity(DirtyPartition, DirtyKey(kind, period, organisation))
        {
            ["Kind"] = KindText(kind),
            ["Period"] = period,
            ["Organisation"] = organisation,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<DirtyPeriod>> DirtyPeriodsAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<DirtyPeriod>();
        await foreach (var e in Table.QueryAsync<TableEntity>($"PartitionKey eq '{DirtyPartition}'", cancellationToken: cancellationToken))
        {
            list.Add(new DirtyPeriod(ParseKind(e.GetString("Kind")), e.GetString("Period"), e.GetString("Organisation") ?? "", e.ETag));
        }
        return list;
    }

    /// <summary>Clears a mark if nobody marked the period again since it was read. False if it was marked again.</summary>
    public async Task<bool> ClearDirtyAsync(DirtyPeriod dirty, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dirty);
        try
        {
            await Table.DeleteCheckedAsync(DirtyPartition, DirtyKey(dirty.Kind, dirty.Period, dirty.Organisation), dirty.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return e.Status == 404;
        }
    }

    private static string DirtyKey(ReturnKind kind, string period, string organisation) =>
        $"{LedgerKeys.PeriodKey(kind, period)}{KeyText.Separator}{KeyText.Encode(organisation)}";

    /// <summary>
    /// Locks a period from <paramref name="lockedAt"/>: uploads received from then on are rejected
    /// with SUB005; uploads received earlier keep their outcome however often they are re-processed.
    /// </summary>
    public Task LockPeriodAsync(ReturnKind kind, string period, DateTimeOffset lockedAt, CancellationToken cancellationToken = default) =>
        Table.UpsertCheckedAsync(new TableEntity(LockedPartition, LedgerKeys.PeriodKey(kind, period))
        {
            ["Kind"] = KindText(kind),
            ["Period"] = period,
            ["LockedAt"] = lockedAt.ToUniversalTime(),
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task UnlockPeriodAsync(ReturnKind kind, string period, CancellationToken cancellationToken = default)
    {
        try { await Table.DeleteCheckedAsync(LockedPartition, LedgerKeys.PeriodKey(kind, period), ETag.All, cancellationToken); }
        catch (RequestFailedException e) when (e.Status == 404) { }
    }

    /// <summary>Periods locked at the given time, as <c>pcn/2024-03</c> / <c>icb/2024-Q1</c> for the validator.</summary>
    public async Task<IReadOnlySet<string>> LockedPeriodsAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var e in Table.QueryAsync<TableEntity>($"PartitionKey eq '{LockedPartition}'", cancellationToken: cancellationToken))
        {
            if ((e.GetDateTimeOffset("LockedAt") ?? DateTimeOffset.MinValue) <= at)
            {
                set.Add($"{e.GetString("Kind")}/{e.GetString("Period")}");
            }
        }
        return set;
    }

    public Task SetLastRefreshAsync(LastRefresh refresh, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        return Table.UpsertCheckedAsync(new TableEntity(RefreshPartition, "last")
        {
            ["CompletedAt"] = refresh.CompletedAt.ToUniversalTime(),
            ["Periods"] = refresh.Periods,
            ["Full"] = refresh.Full,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<LastRefresh?> GetLastRefreshAsync(CancellationToken cancellationToken = default)
    {
        var e = await Table.GetEntityIfExistsAsync<TableEntity>(RefreshPartition, "last", cancellationToken: cancellationToken);
        if (!e.HasValue || e.Value is null) { return null; }
        return new LastRefresh(e.Value.GetDateTimeOffset("CompletedAt") ?? default, e.Value.GetInt32("Periods") ?? 0, e.Value.GetBoolean("Full") ?? false);
    }

    /// <summary>Takes a named lease until <paramref name="now"/> + <paramref name="duration"/> if it is free or expired.</summary>
    public async Task<bool> TryAcquireLeaseAsync(string name, string owner, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(LeasePartition, KeyText.Encode(name))
        {
            ["Owner"] = owner,
            ["ExpiresAt"] = now.Add(duration).ToUniversalTime(),
        };
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(LeasePartition, entity.RowKey, cancellationToken: cancellationToken);
        try
        {
            if (!existing.HasValue || existing.Value is null) { await Table.AddCheckedAsync(entity, cancellationToken); return true; }
            var held = existing.Value;
            var free = held.GetString("Owner") == owner || (held.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue) <= now;
            if (!free) { return false; }
            await Table.UpdateCheckedAsync(entity, held.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(LeasePartition, KeyText.Encode(name), cancellationToken: cancellationToken);
        if (existing.HasValue && existing.Value is not null && existing.Value.GetString("Owner") == owner)
        {
            try { await Table.DeleteCheckedAsync(LeasePartition, existing.Value.RowKey, existing.Value.ETag, cancellationToken); }
            catch (RequestFailedException e) when (e.Status is 404 or 412) { }
        }
    }

    private static string KindText(ReturnKind kind) => kind == ReturnKind.Pcn ? "pcn" : "icb";

    private static ReturnKind ParseKind(string? text) => text == "icb" ? ReturnKind.Icb : ReturnKind.Pcn;
}
