using SpReporting.Reference;
using SpReporting.Sampling;

namespace SpReporting.Cli.Commands;

/// <summary>
/// <c>spr demo [--months N] [--port P] [--no-serve] [--out DIR]</c>: samples returns for a few ICBs
/// into <c>DIR/sample</c> (default <c>out/demo</c>), then runs them as <c>spr run</c> does into
/// <c>DIR/run</c>, on an Azurite it starts and stops. Serving the dashboard comes with publishing;
/// until then <c>--port</c> and <c>--no-serve</c> are accepted and the outputs' location is printed.
/// </summary>
public static class DemoCommand
{
    /// <summary>How many ICBs the demo samples: one from each of the first regions, for variety at a small size.</summary>
    public const int Icbs = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = ArgumentReader.Parse(args, ["months", "port", "out"], ["no-serve"]);
        if (a.Positional.Count != 0) { throw new UsageException($"demo takes no folder, only options (not '{a.Positional[0]}')"); }
        var months = a.GetInt("months", 12, 1, 120);
        var port = a.GetInt("port", ServeCommand.DefaultPort, 1, 65535);
        var root = Path.GetFullPath(a.Get("out") ?? Path.Combine("out", "demo"));
        var sampleDir = Path.Combine(root, "sample");
        var runDir = Path.Combine(root, "run");

        var registry = OrganisationRegistry.Default;
        var icbs = registry.Regions.Take(Icbs)
            .Select(r => registry.Icbs.First(i => i.ParentCode == r.Code).Code).ToArray();
        stderr.WriteLine($"spr demo: sampling {months} months for ICBs {string.Join(", ", icbs)} into {sampleDir}");
        SampleSummary sample;
        try
        {
            sample = SampleWriter.Write(new SampleOptions { Months = months, Icbs = icbs }, registry, sampleDir,
                (done, total) => { if (done == total) { stderr.WriteLine($"spr demo: sampled {total} PCNs"); } });
        }
        catch (IOException e)
        {
            stderr.WriteLine($"spr demo: {e.Message}");
            return CommandLine.Usage;
        }
        stdout.WriteLine($"Sampled {sample.Files.Count} files: {sample.PcnReturns} PCN returns, {sample.IcbReturns} ICB returns, " +
            $"{sample.Resubmissions} resubmissions, {sample.InvalidReturns} meant to be rejected, {sample.MissingReturns} missing.");

        var summary = await RunCommand.RunPipelineAsync(sampleDir, runDir, connectionString: null, stderr);
        summary.WriteTo(stdout);
        stdout.WriteLine($"Sample: {sampleDir}");
        stdout.WriteLine($"Run output: {runDir}");
        stdout.WriteLine($"Excel packs and metrics.csv: {Path.Combine(runDir, "exports")}");
        var result = summary.Succeeded ? CommandLine.Ok : CommandLine.Failed;
        if (a.Has("no-serve") || result != CommandLine.Ok) { return result; }
        return await SiteServing.ServeUntilStoppedAsync(Path.Combine(runDir, "site"), port, a.Has("port"), stdout, stderr);
    }
}
