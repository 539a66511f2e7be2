using SpReporting.Aggregation;
using SpReporting.Packs;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Sampling;
using SpReporting.Testing;

namespace SpReporting.Tests.Packs;

/// <summary>
/// The real pipeline in process on a sample of whole ICBs: sample returns, validate each file as ingest would,
/// keep the latest accepted return per PCN-month (v2 wins over v1), build partials and plans, aggregate.
/// England is the sampled ICBs (the aggregation's registry holds only their PCNs).
/// </summary>
public sealed class SampledRows
{
    public SampledRows(SampleOptions options)
    {
        var dir = Path.Combine(Path.GetTempPath(), "spr-pack-sample-" + Guid.NewGuid().ToString("N"));
        SampleIngest.Result ingested;
        try
        {
            SampleWriter.Write(options, OrganisationRegistry.Default, dir);
            ingested = SampleIngest.Run(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        Partials = ingested.Partials;
        var icbs = options.Icbs!.ToHashSet(StringComparer.Ordinal);
        Registry = new OrganisationRegistry(OrganisationRegistry.Default.Pcns.Where(p => icbs.Contains(p.IcbCode)));
        From = options.From;
        To = options.From.AddMonths(options.Months - 1);
        Rows = Aggregator.Rows(new AggregationInput(Registry, ingested.Partials, ingested.Plans, From, To)).ToList();
        Returns = Registry.Pcns.SelectMany(p => Months().Where(p.IsOpenIn).Select(m => new ReturnStatus(p.PcnCode, m,
            ingested.Late.TryGetValue((p.PcnCode, m), out var late) ? late ? ReturnState.Late : ReturnState.OnTime : ReturnState.Missing))).ToList();
        Narratives = [.. ingested.IcbReturns.Where(i => i.Narrative is not null).OrderBy(i => i.Period).ThenBy(i => i.IcbCode, StringComparer.Ordinal)
            .Select(i => new IcbNarrative(i.IcbCode, OrganisationRegistry.Default.FindIcb(i.IcbCode)?.Name ?? i.IcbCode, i.Period, i.Narrative!))];
    }

    public OrganisationRegistry Registry { get; }
    public IReadOnlyDictionary<(string Pcn, Month Month), Partial> Partials { get; }
    public Month From { get; }
    public Month To { get; }
    public IReadOnlyList<AggregateRow> Rows { get; }
    public IReadOnlyList<ReturnStatus> Returns { get; }
    public IReadOnlyList<IcbNarrative> Narratives { get; }

    private IEnumerable<Month> Months()
    {
        for (var m = From; m <= To; m = m.AddMonths(1)) { yield return m; }
    }
}
