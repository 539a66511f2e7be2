using Microsoft.Extensions.Logging.Abstractions;
using SpReporting.Reference;
using SpReporting.Storage.Refresh;

namespace SpReporting.Storage.Running;

/// <summary>A local run's refresh: a full rebuild, as the timer trigger's on-demand rebuild does.</summary>
public sealed class RefreshStep(OrganisationRegistry organisations) : IPostIngestStep
{
    public string Name => "refresh aggregates (full rebuild)";

    public RefreshResult? Result { get; private set; }

    public async Task RunAsync(StorageAccount storage, string outputDirectory, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Result = await new RefreshService(storage, organisations, NullLogger<RefreshService>.Instance).RefreshAsync(full: true, cancellationToken);
        progress.WriteLine($"spr run: {Result.RowsWritten:N0} aggregate rows from {Result.Partials:N0} partials " +
            $"(read {Result.Read.TotalSeconds:0.0} s, compute {Result.Compute.TotalSeconds:0.0} s, write {Result.Write.TotalSeconds:0.0} s, {Result.WriteRequests:N0} requests)");
    }
}
