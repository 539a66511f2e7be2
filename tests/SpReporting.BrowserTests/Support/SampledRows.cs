using SpReporting.Aggregation;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Sampling;
using SpReporting.Validation;

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
        var registry = OrganisationRegistry.Default;
        SampleWriter.Write(options, registry, sampleDirectory);
        var manifest = SampleManifest.Read(sampleDirectory);
        var partials = new Dictionary<(string, Month), Partial>();
        var plans = new Dictionary<(string, Quarter), double>();
        int accepted = 0, rejected = 0;
        // Ordinal path order is upload order within a folder, so a later accepted version replaces an earlier one.
        foreach (var file in manifest.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var path = UploadPath.Parse(file.Path);
            ValidationOutcome outcome;
            using (var stream = File.OpenRead(Path.Combine(sampleDirectory, file.Path.Replace('/', Path.DirectorySeparatorChar))))
            {
                outcome = new ReturnValidator(new ValidationContext(registry, file.UploadAt)).Validate(stream, path);
            }
            if (!outcome.Accepted) { rejected++; continue; }
            accepted++;
            if (outcome.PcnReturn is { } pcn)
            {
                partials[(path.OrganisationCode, path.Month!.Value)] = PartialBuilder.Build(pcn, outcome.Late, outcome.Findings.WarningCount);
            }
            else if (outcome.IcbReturn is { } icb)
            {
                foreach (var line in icb.Plan) { plans[(line.PcnCode, icb.Period)] = line.PlannedSplwWte; }
            }
        }
        var input = new AggregationInput(registry, partials, plans, manifest.From, manifest.From.AddMonths(manifest.Months - 1));
        return new SampledRows(input, accepted, rejected);
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
