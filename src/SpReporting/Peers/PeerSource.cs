using System.Collections.Concurrent;
using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Periods;
using SpReporting.Publishing;

namespace SpReporting.Peers;

/// <summary>
/// Collects every PCN's published monthly values of the key measures with its age in months, as the areas
/// are published, so the reference bands are built from what is published (after disclosure control, at its
/// published precision; withheld months are left out). Thread-safe: areas arrive from any thread.
/// </summary>
public sealed class PeerSource
{
    /// <summary>The key measures compared with peers of the same age.</summary>
    public static IReadOnlyList<string> Metrics { get; } =
    [
        MetricIds.WtePer10k, MetricIds.RatePer1k, MetricIds.Contact14dPct, MetricIds.WiderDeterminantsPct,
        MetricIds.SocialOutcomePct, MetricIds.WellbeingImprovedPct,
    ];

    private static readonly int MaturityIndex = MetricCatalog.IndexOf(MetricIds.MaturityMonths);
    private static readonly int[] Indexes = Metrics.Select(MetricCatalog.IndexOf).ToArray();

    private readonly ConcurrentDictionary<string, List<(Month Month, int Age, double?[] Values)>> _pcns = new(StringComparer.OrdinalIgnoreCase);

    public void Add(AreaNode area, IReadOnlyList<AggregateRow> rows)
    {
        if (area.Level != Level.Pcn) { return; }
        var list = new List<(Month, int, double?[])>();
        foreach (var row in rows.Where(r => r.Window == Window.Month))
        {
            if (row.Values[MaturityIndex].Value is not { } age || age < 0) { continue; }
            var values = new double?[Indexes.Length];
            for (var i = 0; i < Indexes.Length; i++)
            {
                var value = row.Values[Indexes[i]];
                if (value.Value is null) { continue; }
                var text = Disclosure.Apply(value, Level.Pcn).Text;
                values[i] = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            }
            list.Add((row.End, (int)Math.Round(age), values));
        }
        _pcns[area.Code] = list;
    }

    public bool IsEmpty => _pcns.IsEmpty;

    /// <summary>The bands of one key measure from every PCN's published values at every age.</summary>
    public PeerBands Bands(string metric, PeerOptions options)
    {
        var i = Position(metric);
        return PeerBands.Build(_pcns.Values.SelectMany(l => l.Where(p => p.Values[i] is not null).Select(p => (p.Age, p.Values[i]!.Value))), options);
    }

    /// <summary>A PCN's age and published value of a key measure in a month; null where it has none.</summary>
    public (int Age, double? Value)? At(string pcn, string metric, Month month)
    {
        if (!_pcns.TryGetValue(pcn, out var list)) { return null; }
        var i = Position(metric);
        foreach (var p in list) { if (p.Month == month) { return (p.Age, p.Values[i]); } }
        return null;
    }

    private static int Position(string metric)
    {
        for (var i = 0; i < Metrics.Count; i++) { if (Metrics[i] == metric) { return i; } }
        throw new ArgumentException($"{metric} is not one of the key measures compared with peers.", nameof(metric));
    }
}
