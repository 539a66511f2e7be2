using System.Collections.Concurrent;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Returns.Icb;
using SpReporting.Returns.Pcn;
using SpReporting.Sampling;
using SpReporting.Validation;

namespace SpReporting.Tests.Support;

/// <summary>
/// The pipeline in process, without storage: sample returns, validate every file as ingest would, and
/// keep for each organisation-period the latest accepted upload (upload order is file-name order:
/// return-v2 after return-v1), as the ledger does. Folders are independent, so they run in parallel.
/// </summary>
public static class SampledPipeline
{
    public sealed record Current(UploadPath Path, ValidationOutcome Outcome);

    /// <summary>Samples into a temporary folder, runs, deletes the folder; <paramref name="onPcn"/> sees each current PCN return once.</summary>
    public static (Dictionary<(string Pcn, Month Month), Partial> Partials, Dictionary<(string Pcn, Quarter Quarter), double> Plans, List<IcbReturn> IcbReturns)
        Run(SampleOptions options, Action<PcnReturn>? onPcn = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "spr-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            SampleWriter.Write(options, OrganisationRegistry.Default, dir);
            var manifest = SampleManifest.Read(dir);
            var partials = new ConcurrentDictionary<(string, Month), Partial>();
            var icbs = new ConcurrentBag<IcbReturn>();
            var folders = manifest.Files.GroupBy(f => f.Path[..f.Path.LastIndexOf('/')], StringComparer.Ordinal).ToList();
            Parallel.ForEach(folders, folder =>
            {
                if (Latest(dir, folder) is not { } current) { return; }
                if (current.Outcome.PcnReturn is { } pcn)
                {
                    partials[(pcn.PcnCode, pcn.Period)] = PartialBuilder.Build(pcn, current.Outcome.Late, current.Outcome.Findings.WarningCount);
                    if (onPcn is not null) { lock (partials) { onPcn(pcn); } }
                }
                if (current.Outcome.IcbReturn is { } icb) { icbs.Add(icb); }
            });
            var plans = new Dictionary<(string, Quarter), double>();
            foreach (var icb in icbs)
            {
                foreach (var line in icb.Plan) { plans[(line.PcnCode, icb.Period)] = line.PlannedSplwWte; }
            }
            return (new Dictionary<(string, Month), Partial>(partials), plans, [.. icbs]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static Current? Latest(string dir, IEnumerable<SampleFile> folder)
    {
        Current? current = null;
        foreach (var file in folder.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var path = UploadPath.Parse(file.Path);
            using var stream = File.OpenRead(Path.Combine(dir, file.Path));
            var outcome = new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, file.UploadAt)).Validate(stream, path);
            if (outcome.Accepted) { current = new Current(path, outcome); }
        }
        return current;
    }
}
