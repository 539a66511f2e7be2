using System.Collections.Concurrent;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Periods;

namespace SpReporting.Readiness;

/// <summary>
/// Rebuilds each PCN's history from its published monthly rows, so that the products written at publish
/// (dashboard, packs) work out readiness from what is published: a month with a return is one with
/// <c>dq_returns_received</c> above 0, the month the service began is the period less <c>maturity_months</c>,
/// and the PCN is open in a month where a return was expected. Thread-safe: areas arrive from any thread.
/// </summary>
public sealed class ReadinessSource
{
    private static readonly int Received = MetricCatalog.IndexOf(MetricIds.ReturnsReceived);
    private static readonly int Expected = MetricCatalog.IndexOf(MetricIds.ReturnsExpected);
    private static readonly int Maturity = MetricCatalog.IndexOf(MetricIds.MaturityMonths);

    private readonly ConcurrentDictionary<string, Facts> _pcns = new(StringComparer.OrdinalIgnoreCase);

    private sealed record Facts(HashSet<Month> Returned, HashSet<Month> Open, Month? Start, Month First, Month Last);

    public bool IsEmpty => _pcns.IsEmpty;

    /// <summary>The latest published month.</summary>
    public Month Latest => _pcns.Values.Max(f => f.Last);

    public void Add(AreaNode area, IReadOnlyList<AggregateRow> rows)
    {
        if (area.Level != Level.Pcn) { return; }
        var monthly = rows.Where(r => r.Window == Window.Month).ToList();
        if (monthly.Count == 0) { return; }
        var returned = new HashSet<Month>();
        var open = new HashSet<Month>();
        Month? start = null;
        foreach (var row in monthly)
        {
            if (row.Values[Received].Value is > 0) { returned.Add(row.End); }
            if (row.Values[Expected].Value is > 0) { open.Add(row.End); }
            if (start is null && row.Values[Maturity].Value is { } months) { start = row.End.AddMonths(-(int)Math.Round(months)); }
        }
        _pcns[area.Code] = new Facts(returned, open, start, monthly.Min(r => r.End), monthly.Max(r => r.End));
    }

    /// <summary>
    /// The readiness table over the published months and the horizon after them. A PCN open at the latest
    /// month is taken to stay open; one that closed before it stays closed.
    /// </summary>
    public ReadinessTable Table(ReadinessOptions options)
    {
        var first = _pcns.Values.Min(f => f.First);
        var latest = _pcns.Values.Max(f => f.Last);
        var histories = _pcns.Select(p =>
        {
            var f = p.Value;
            var opened = f.Open.Count == 0 ? latest.AddMonths(1) : f.Open.Min();
            Month? closed = f.Open.Count == 0 || f.Open.Contains(latest) ? null : f.Open.Max();
            if (f.Open.Count == 0) { closed = latest; }
            return new PcnHistory(p.Key, f.Start, f.Returned, opened, closed, latest);
        });
        return ReadinessTable.Build(histories, first, latest, options);
    }
}
