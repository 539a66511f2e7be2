using System.Collections.Concurrent;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Returns.Icb;
using SpReporting.Returns.Pcn;
using SpReporting.Sampling;
using SpReporting.Validation;

namespace SpReporting.Testing;

/// <summary>
/// Ingest in process, without storage, for tests that need realistic rows: validate every file of a
/// written sample as ingest would and keep, per organisation-period, the latest accepted upload
/// (file-name order is upload order: return-v2 after return-v1), as the ledger does. Shared by the unit
/// and browser test projects (linked, not copied).
/// </summary>
public static class SampleIngest
{
    public sealed record Result(
        SampleManifest Manifest,
        Dictionary<(string Pcn, Month Month), Partial> Partials,
        Dictionary<(string Pcn, Month Month), bool> Late,
        Dictionary<(string Pcn, Quarter Quarter), double> Plans,
        IReadOnlyList<IcbReturn> IcbReturns,
        int Accepted,
        int Rejected)
    {
        public Month From => Manifest.From;
        public Month To => Manifest.From.AddMonths(Manifest.Months - 1);
    }

    /// <param name="onPcn">Sees each current PCN return once (calls are serialised).</param>
    public static Result Run(string sampleDirectory, Action<PcnReturn>? onPcn = null)
    {
        var manifest = SampleManifest.Read(sampleDirectory);
        var partials = new ConcurrentDictionary<(string, Month), Partial>();
        var late = new ConcurrentDictionary<(string, Month), bool>();
        var icbs = new ConcurrentBag<IcbReturn>();
        int accepted = 0, rejected = 0;
        var gate = new Lock();
        var folders = manifest.Files.GroupBy(f => f.Path[..f.Path.LastIndexOf('/')], StringComparer.Ordinal).ToList();
        Parallel.ForEach(folders, folder =>
        {
            ValidationOutcome? current = null;
            foreach (var file in folder.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                using var stream = File.OpenRead(Path.Combine(sampleDirectory, file.Path.Replace('/', Path.DirectorySeparatorChar)));
                var outcome = new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, file.UploadAt)).Validate(stream, UploadPath.Parse(file.Path));
                if (outcome.Accepted) { current = outcome; Interlocked.Increment(ref accepted); }
                else { Interlocked.Increment(ref rejected); }
            }
            if (current?.PcnReturn is { } pcn)
            {
                partials[(pcn.PcnCode, pcn.Period)] = PartialBuilder.Build(pcn, current.Late, current.Findings.WarningCount);
                late[(pcn.PcnCode, pcn.Period)] = current.Late;
                if (onPcn is not null) { lock (gate) { onPcn(pcn); } }
            }
            if (current?.IcbReturn is { } icb) { icbs.Add(icb); }
        });
        var plans = new Dictionary<(string, Quarter), double>();
        foreach (var icb in icbs.OrderBy(i => i.Period).ThenBy(i => i.IcbCode, StringComparer.Ordinal))
        {
            foreach (var line in icb.Plan) { plans[(line.PcnCode, icb.Period)] = line.PlannedSplwWte; }
        }
        return new Result(manifest, new(partials), new(late), plans, [.. icbs], accepted, rejected);
    }
}
