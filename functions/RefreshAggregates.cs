using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SpReporting.Publishing;
using SpReporting.Storage.Publishing;
using SpReporting.Storage.Refresh;

namespace SpReporting.Functions;

/// <summary>
/// Timer trigger (schedule from the <c>REFRESH_SCHEDULE</c> app setting, every 15 minutes by default):
/// refreshes the aggregates that dirty periods affect, then publishes (a publication the disclosure audit can
/// break is not uploaded: an error is logged and the run fails). Setting <c>REFRESH_FULL</c> to
/// true makes the next runs full rebuilds (for a changed metric definition or reference list).
/// </summary>
public sealed class RefreshAggregates(RefreshService refresh, PublishService publish, IConfiguration configuration, ILogger<RefreshAggregates> logger)
{
    [Function(nameof(RefreshAggregates))]
    public async Task RunAsync([TimerTrigger("%REFRESH_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var full = configuration.GetValue("REFRESH_FULL", false);
        var result = await refresh.RefreshAsync(full, cancellationToken);
        if (!result.Ran)
        {
            logger.LogInformation("Nothing to refresh (dirty marks {Dirty})", result.DirtyMarks);
            return;
        }
        PublishResult published;
        try
        {
            published = await publish.PublishAsync(outputDirectory: null, progress: null, cancellationToken);
        }
        catch (UnsafePublicationException e)
        {
            // Nothing was uploaded: the previous publication stays up until the audit passes (docs/metrics.md).
            logger.LogError(e, "Publication refused by the disclosure audit: {Recoveries} figures could be worked out", e.Recoveries.Count);
            throw;
        }
        logger.LogInformation("Published {Rows} metric rows for {Areas} areas after refreshing {Written} aggregate rows (full {Full})",
            published.MetricRows, published.Areas, result.RowsWritten, result.Full);
    }
}
