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

    /// <summary>Every month published, oldest first.</summary>
    public IReadOnlyList<string> Months()
    {
        var list = new List<string>();
        for (var m = From; m <= To; m = m.AddMonths(1)) { list.Add(m.ToString()); }
        return list;
    }
}
