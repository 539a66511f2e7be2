using Microsoft.Extensions.Logging.Abstractions;
using SpReporting.Reference;
using SpReporting.Sampling;
using SpReporting.Storage;
using SpReporting.Storage.Ingest;
using SpReporting.Storage.Local;
using SpReporting.Storage.Publishing;
using SpReporting.Storage.Running;

namespace SpReporting.Cli.Commands;

/// <summary>
/// <c>spr run DIR --out OUT [--storage CONN] [--lease-wait SECONDS] [--contact TEXT]</c>: uploads every return under DIR, ingests each as the
/// blob trigger would, writes the receipts to <c>OUT/receipts</c>, refreshes the aggregates (full
/// rebuild), publishes <c>OUT/exports/metrics.csv</c> and prints a summary. With no
/// <c>--storage</c> it starts Azurite (in memory, loopback) and stops it when done. Exit 0 when every
/// upload was processed (rejections are outcomes, listed in the summary), 1 when any upload could not
/// be processed or a stage could not be done (storage lost, another refresh holding the lease past
/// <c>--lease-wait</c> seconds), 2 for bad usage, a missing folder or a malformed manifest. <c>--contact</c> is the packs' contact; a DIR with a sample's
/// <c>manifest.json</c> is published as synthetic (docs/packs.md, "Contact and synthetic data").
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = ArgumentReader.Parse(args, ["out", "storage", "lease-wait", "contact"]);
        if (a.Positional.Count != 1) { throw new UsageException("give one folder DIR of returns to run"); }
        var input = a.Positional[0];
        var output = a.Require("out");
        if (!Directory.Exists(input))
        {
            stderr.WriteLine($"spr run: there is no folder '{input}'.");
            return CommandLine.Usage;
        }
        var leaseWait = TimeSpan.FromSeconds(a.GetInt("lease-wait", (int)RefreshStep.DefaultLeaseWait.TotalSeconds, 0, 3600));
        RunSummary summary;
        try
        {
            summary = await RunPipelineAsync(input, output, a.Get("storage"), stderr, leaseWait, a.Get("contact"));
        }
        catch (RunInputException e)
        {
            stderr.WriteLine($"spr run: {e.Message}");
            return CommandLine.Usage;
        }
        summary.WriteTo(stdout);
        return summary.Succeeded ? CommandLine.Ok : CommandLine.Failed;
    }

    /// <summary>The run itself, shared with <c>spr demo</c>.</summary>
    internal static async Task<RunSummary> RunPipelineAsync(string input, string output, string? connectionString, TextWriter stderr, TimeSpan? leaseWait = null, string? contact = null)
    {
        // A sample's manifest marks its returns as synthetic: every output then says so.
        var options = new PublishOptions
        {
            Contact = string.IsNullOrWhiteSpace(contact) ? PublishOptions.DefaultContact : contact.Trim(),
            Synthetic = File.Exists(Path.Combine(input, SampleManifest.FileName)),
        };
        AzuriteHost? azurite = null;
        try
        {
            if (connectionString is null)
            {
                stderr.WriteLine("spr run: starting Azurite (in memory, 127.0.0.1)");
                azurite = await AzuriteHost.StartAsync();
                connectionString = azurite.ConnectionString;
            }
            var storage = StorageAccount.FromConnectionString(connectionString);
            var ingest = new IngestService(storage, OrganisationRegistry.Default, LocalRun.IngestOptions, NullLogger<IngestService>.Instance);
            IReadOnlyList<IPostIngestStep> steps = [new RefreshStep(OrganisationRegistry.Default, leaseWait), new PublishStep(OrganisationRegistry.Default, options)];
            return await new LocalRun(storage, ingest, steps).RunAsync(input, output, stderr);
        }
        finally
        {
            if (azurite is not null) { await azurite.DisposeAsync(); }
        }
    }
}
