using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns.Icb;
using SpReporting.Returns.Pcn;
using SpReporting.Sampling;
using SpReporting.Testing;

namespace SpReporting.Tests.Support;

/// <summary>Samples into a temporary folder, ingests it in process (<see cref="SampleIngest"/>), and deletes the folder.</summary>
public static class SampledPipeline
{
    /// <param name="onPcn">Sees each current PCN return once.</param>
    public static (Dictionary<(string Pcn, Month Month), Partial> Partials, Dictionary<(string Pcn, Quarter Quarter), double> Plans, IReadOnlyList<IcbReturn> IcbReturns)
        Run(SampleOptions options, Action<PcnReturn>? onPcn = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "spr-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            SampleWriter.Write(options, OrganisationRegistry.Default, dir);
            var result = SampleIngest.Run(dir, onPcn);
            return (result.Partials, result.Plans, result.IcbReturns);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
