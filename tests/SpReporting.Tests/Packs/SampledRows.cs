using SpReporting.Aggregation;
using SpReporting.Packs;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Sampling;
using SpReporting.Validation;

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
        try
        {
            SampleWriter.Write(options, OrganisationRegistry.Default, dir);
            Ingest(dir, SampleManifest.Read(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        var icbs = options.Icbs!.ToHashSet(StringComparer.Ordinal);
        Registry = new OrganisationRegistry(OrganisationRegistry.Default.Pcns.Where(p => icbs.Contains(p.IcbCode)));
        From = options.From;
        To = options.From.AddMonths(options.Months - 1);
        Rows = Aggregator.Rows(new AggregationInput(Registry, _partials, _plans, From, To)).ToList();
        Returns = Registry.Pcns.SelectMany(p => Months().Where(p.IsOpenIn).Select(m => new ReturnStatus(p.PcnCode, m,
            _late.TryGetValue((p.PcnCode, m), out var late) ? late ? ReturnState.Late : ReturnState.OnTime : ReturnState.Missing))).ToList();
        Narratives = [.. _narratives.Values];
    }

    private readonly Dictionary<(string, Month), Partial> _partials = [];
    private readonly Dictionary<(string, Month), bool> _late = [];
    private readonly Dictionary<(string, Quarter), double> _plans = [];
    private readonly Dictionary<(string, Quarter), IcbNarrative> _narratives = [];

    /// <summary>The latest accepted return's partial per PCN-month, and ICB plans (planned WTE per PCN and quarter).</summary>
    public IReadOnlyDictionary<(string Pcn, Month Month), Partial> Partials => _partials;
    public IReadOnlyDictionary<(string Pcn, Quarter Quarter), double> Plans => _plans;

    public OrganisationRegistry Registry { get; }
    public Month From { get; }
    public Month To { get; }
    public IReadOnlyList<AggregateRow> Rows { get; }
    public IReadOnlyList<ReturnStatus> Returns { get; }
    public IReadOnlyList<IcbNarrative> Narratives { get; }

    private IEnumerable<Month> Months()
    {
        for (var m = From; m <= To; m = m.AddMonths(1)) { yield return m; }
    }

    private void Ingest(string dir, SampleManifest manifest)
    {
        foreach (var file in manifest.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var path = UploadPath.Parse(file.Path);
            ValidationOutcome outcome;
            using (var stream = File.OpenRead(Path.Combine(dir, file.Path)))
            {
                outcome = new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, file.UploadAt)).Validate(stream, path);
            }
            if (!outcome.Accepted) { continue; }
            if (outcome.PcnReturn is { } pcn)
            {
                var key = (path.OrganisationCode, path.Month!.Value);
                _partials[key] = PartialBuilder.Build(pcn, outcome.Late, outcome.Findings.WarningCount);
                _late[key] = outcome.Late;
            }
            else if (outcome.IcbReturn is { } icb)
            {
                foreach (var line in icb.Plan) { _plans[(line.PcnCode, icb.Period)] = line.PlannedSplwWte; }
                var name = OrganisationRegistry.Default.FindIcb(icb.IcbCode)?.Name ?? icb.IcbCode;
                if (icb.Narrative is { } text) { _narratives[(icb.IcbCode, icb.Period)] = new IcbNarrative(icb.IcbCode, name, icb.Period, text); }
                else { _narratives.Remove((icb.IcbCode, icb.Period)); }
            }
        }
    }
}
