using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SpReporting.Storage.Ingest;

namespace SpReporting.Functions;

/// <summary>
/// Timer trigger (<c>SWEEP_SCHEDULE</c>, every 15 minutes by default): ingests any upload in
/// <c>returns</c> still without a receipt <c>SWEEP_GRACE_MINUTES</c> after it was written, so an
/// upload whose Event Grid event was lost or dead-lettered still gets one (docs/storage.md). A run
/// where some upload could not be ingested fails, so it shows in the function's failures.
/// </summary>
public sealed class SweepUploads(UploadSweep sweep, IConfiguration configuration, ILogger<SweepUploads> logger)
{
    public const int DefaultGraceMinutes = 15;

    [Function(nameof(SweepUploads))]
    public async Task RunAsync([TimerTrigger("%SWEEP_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var grace = TimeSpan.FromMinutes(configuration.GetValue("SWEEP_GRACE_MINUTES", DefaultGraceMinutes));
        var result = await sweep.SweepAsync(grace, DateTimeOffset.UtcNow, cancellationToken);
        if (result.Failed > 0)
        {
            logger.LogError("The sweep could not ingest {Failed} of {Unseen} uploads without a receipt", result.Failed, result.Failed + result.Ingested);
            throw new InvalidOperationException($"The sweep could not ingest {result.Failed} uploads; see the errors logged before this one.");
        }
    }
}
