using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SpReporting.Aggregation;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Storage.Aggregates;
using SpReporting.Storage.Control;
using SpReporting.Storage.Partials;

namespace SpReporting.Storage.Refresh;

/// <summary>
/// Turns stored partials into the aggregates table. Incremental by default: only the rows that the
/// dirty marks affect (<see cref="RefreshScope"/>) are written; a full rebuild on demand rewrites all.
/// One refresh runs at a time (a lease in the control table); marks are cleared by ETag afterwards,
/// so an upload that lands during a refresh is picked up by the next one.
/// </summary>
public sealed class RefreshService(StorageAccount storage, OrganisationRegistry organisations, ILogger<RefreshService> logger)
{
    public const string LeaseName = "refresh";
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(15);

    public async Task<RefreshResult> RefreshAsync(bool full, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var control = new ControlStore(storage.Control);
        var owner = Guid.NewGuid().ToString("N");
        if (!await control.TryAcquireLeaseAsync(LeaseName, owner, LeaseDuration, DateTimeOffset.UtcNow, cancellationToken))
        {
            RefreshLog.Busy(logger);
            return RefreshResult.Busy();
        }
        try
        {
            var dirty = await control.DirtyPeriodsAsync(cancellationToken);
            var last = await control.GetLastRefreshAsync(cancellationToken);
            full |= last is null;
            if (!full && dirty.Count == 0) { return RefreshResult.Skipped(); }

            var read = Stopwatch.StartNew();
            var (partials, plans) = await ReadAsync(cancellationToken);
            read.Stop();
            if (partials.Count == 0) { return RefreshResult.Skipped(dirty.Count); }

            var from = partials.Keys.Min(k => k.Month);
            var to = partials.Keys.Max(k => k.Month);
            var input = new AggregationInput(organisations, partials, plans, from, to)
            {
                Scope = full ? null : RefreshScope.Of(DirtyPcnMonths(dirty), organisations, to),
            };
            var compute = new Stopwatch();
            var writing = Stopwatch.StartNew();
            var rows = 0;
            var requests = await new AggregateStore(storage.Aggregates).WriteAsync(Timed(Aggregator.Rows(input), compute, () => rows++), cancellationToken);
            writing.Stop();
            foreach (var mark in dirty) { await control.ClearDirtyAsync(mark, cancellationToken); }
            await control.SetLastRefreshAsync(new LastRefresh(DateTimeOffset.UtcNow, dirty.Count, full), cancellationToken);
            var result = new RefreshResult(true, full, dirty.Count, partials.Count, rows, requests, read.Elapsed, compute.Elapsed, writing.Elapsed - compute.Elapsed);
            RefreshLog.Refreshed(logger, full, dirty.Count, partials.Count, rows, requests, read.Elapsed.TotalSeconds, compute.Elapsed.TotalSeconds);
            return result;
        }
        finally
        {
            await control.ReleaseLeaseAsync(LeaseName, owner, CancellationToken.None);
        }
    }

    /// <summary>Every current PCN-month partial and every ICB plan line, in one table scan.</summary>
    private async Task<(Dictionary<(string Pcn, Month Month), Partial>, Dictionary<(string, Quarter), double>)> ReadAsync(CancellationToken cancellationToken)
    {
        var partials = new Dictionary<(string Pcn, Month Month), Partial>();
        var plans = new Dictionary<(string, Quarter), double>();
        await foreach (var (partition, code, partial) in new PartialStore(storage.Partials).ReadAllAsync(cancellationToken))
        {
            var period = partition[(partition.IndexOf('_', StringComparison.Ordinal) + 1)..];
            if (partition.StartsWith("pcn_", StringComparison.Ordinal) && Month.TryParse(period, out var month))
            {
                partials[(code, month)] = partial;
            }
            else if (partition.StartsWith("icb_", StringComparison.Ordinal) && Quarter.TryParse(period, out var quarter))
            {
                foreach (var (pcn, wte) in PlanPartial.Lines(partial)) { plans[(pcn, quarter)] = wte; }
            }
        }
        return (partials, plans);
    }

    /// <summary>PCN marks as they are; an ICB's plan mark touches the last month of its quarter for each of its PCNs.</summary>
    private IEnumerable<(string Pcn, Month Month)> DirtyPcnMonths(IEnumerable<DirtyPeriod> dirty)
    {
        foreach (var d in dirty)
        {
            if (d.Kind == ReturnKind.Pcn && Month.TryParse(d.Period, out var month))
            {
                yield return (d.Organisation, month);
            }
            else if (d.Kind == ReturnKind.Icb && Quarter.TryParse(d.Period, out var quarter))
            {
                foreach (var pcn in organisations.PcnsInIcb(d.Organisation)) { yield return (pcn.PcnCode, quarter.LastMonth); }
            }
        }
    }

    /// <summary>Counts compute time as the rows are pulled (the writer pulls them), leaving storage time out.</summary>
    private static IEnumerable<AggregateRow> Timed(IEnumerable<AggregateRow> rows, Stopwatch compute, Action counted)
    {
        using var e = rows.GetEnumerator();
        while (true)
        {
            compute.Start();
            var more = e.MoveNext();
            compute.Stop();
            if (!more) { yield break; }
            counted();
            yield return e.Current;
        }
    }
}
