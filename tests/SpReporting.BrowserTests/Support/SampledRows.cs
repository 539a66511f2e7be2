using SpReporting.Aggregation;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Sampling;
using SpReporting.Testing;

namespace SpReporting.BrowserTests.Support;

/// <summary>
/// Aggregate rows from a real sample, made the way the pipeline makes them: every file validated as
/// ingest would, the latest accepted return per PCN-month (return-v2 beats v1) turned into its
/// partial, ICB plans from the latest accepted ICB return, then the aggregator over every area.
/// </summary>
public sealed class SampledRows
{
    private SampledRows(AggregationInput input, int accepted, int rejected)
    {
        Input = input;
        Accepted = accepted;
        Rejected = rejected;
    }

    public AggregationInput Input { get; }
    public int Accepted { get; }
    public int Rejected { get; }
    public Month From => Input.From;
    public Month To => Input.To;

    public static SampledRows Make(SampleOptions options, string sampleDirectory)
    {
        SampleWriter.Write(options, OrganisationRegistry.Default, sampleDirectory);
        var ingested = SampleIngest.Run(sampleDirectory);
        var input = new AggregationInput(OrganisationRegistry.Default, ingested.Partials, ingested.Plans, ingested.From, ingested.To);
        return new SampledRows(input, ingested.Accepted, ingested.Rejected);
    }

    /// <summary>Rows grouped by area, in the aggregator's order (England, regions, ICBs, then PCNs).</summary>
    public IEnumerable<(AreaNode Area, List<AggregateRow> Rows)> ByArea()
    {
        AreaNode? current = null;
        var rows = new List<AggregateRow>();
        foreach (var row in Aggregator.Rows(Input))
        {
            if (current is not null && !ReferenceEquals(current, row.Area) && current.Code != row.Area.Code)
            {
                yield return (current, rows);
                rows = [];
            }
            current = row.Area;
            rows.Add(row);
        }
        if (current is not null) { yield return (current, rows); }
    }

    /// <summary>
    /// Lineage as the ledger would give it for the sample: each accepted PCN-month counted with an upload id
    /// named after it (late where its return was), the rest missing.
    /// </summary>
    public IReadOnlyList<SpReporting.Lineage.LineageRow> Lineage()
    {
        var uploads = Input.Partials.Keys.Select(k => new SpReporting.Lineage.LineageUpload(k.Pcn, k.Month.ToString(), $"up-{k.Pcn}-{k.Month}",
            new DateTimeOffset(k.Month.AddMonths(1).Start.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero), Input.Partials[k][SpReporting.Partials.Components.OnTime] == 0, true, true));
        var months = Months().Select(Month.Parse).ToList();
        return [.. SpReporting.Lineage.LineageBuilder.Rows(Input.Organisations, months, uploads, [])];
    }

    /// <summary>Every month published, oldest first.</summary>
    public IReadOnlyList<string> Months()
    {
        var list = new List<string>();
        for (var m = From; m <= To; m = m.AddMonths(1)) { list.Add(m.ToString()); }
        return list;
    }
}
