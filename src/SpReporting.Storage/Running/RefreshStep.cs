using Microsoft.Extensions.Logging.Abstractions;
using SpReporting.Reference;
using SpReporting.Storage.Refresh;

namespace SpReporting.Storage.Running;

/// <summary>
/// A local run's refresh: a full rebuild, as the timer trigger's on-demand rebuild does. When another
/// refresh holds the lease (a second <c>spr run</c>, or the Function App, on the same storage), it
/// waits for it, up to <paramref name="leaseWait"/>, and then fails the run rather than let the
/// publish step go on with figures this run did not refresh (docs/storage.md).
/// </summary>
public sealed class RefreshStep(OrganisationRegistry organisations, TimeSpan? leaseWait = null) : IPostIngestStep
{
    public static TimeSpan DefaultLeaseWait { get; } = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    public string Name => "refresh aggregates (full rebuild)";

    public RefreshResult? Result { get; private set; }

    public async Task RunAsync(StorageAccount storage, string outputDirectory, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var service = new RefreshService(storage, organisations, NullLogger<RefreshService>.Instance);
        var wait = leaseWait ?? DefaultLeaseWait;
        var giveUpAt = DateTimeOffset.UtcNow + wait;
        Result = await service.RefreshAsync(full: true, cancellationToken);
        while (Result.LeaseBusy)
        {
            if (DateTimeOffset.UtcNow >= giveUpAt)
            {
                throw new RunStepException($"another refresh of the same storage held the refresh lease for more than {wait.TotalSeconds:0} s, so nothing was refreshed or published; run again when it has finished");
            }
            progress.WriteLine("spr run: another refresh of this storage is running; waiting for it to finish");
            await Task.Delay(Poll, cancellationToken);
            Result = await service.RefreshAsync(full: true, cancellationToken);
        }
        progress.WriteLine($"spr run: {Result.RowsWritten:N0} aggregate rows from {Result.Partials:N0} partials " +
            $"(read {Result.Read.TotalSeconds:0.0} s, compute {Result.Compute.TotalSeconds:0.0} s, write {Result.Write.TotalSeconds:0.0} s, {Result.WriteRequests:N0} requests)");
    }
}
