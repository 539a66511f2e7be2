using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SpReporting.Storage.Control;
using SpReporting.Publishing;
using SpReporting.Storage.Publishing;
using SpReporting.Storage.Refresh;

namespace SpReporting.Functions;

/// <summary>
/// Timer trigger (schedule from the <c>REFRESH_SCHEDULE</c> app setting, every 15 minutes by default):
/// refreshes the aggregates that dirty periods affect, then publishes (a publication the disclosure audit can
/// break is not uploaded: an error is logged and the run fails). Setting <c>REFRESH_FULL</c> to
/// true makes the next runs full rebuilds (for a changed metric definition or reference list).
/// A publish that fails is logged with its reason and fails the run; <paramref name="pending"/>
/// makes the next run publish again even when nothing new needs refreshing.
/// </summary>
public sealed class RefreshAggregates(RefreshService refresh, PublishService publish, IConfiguration configuration, ILogger<RefreshAggregates> logger,
    PublishPending? pending = null)
{
    [Function(nameof(RefreshAggregates))]
    public async Task RunAsync([TimerTrigger("%REFRESH_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var full = configuration.GetValue("REFRESH_FULL", false);
        var result = await refresh.RefreshAsync(full, cancellationToken);
        var retry = !result.Ran && pending is not null && await pending.IsPendingAsync(cancellationToken);
        if (!result.Ran && !retry)
        {
            logger.LogInformation("Nothing to refresh (dirty marks {Dirty})", result.DirtyMarks);
            return;
        }
        if (retry) { logger.LogWarning("Nothing to refresh, but the last publish did not complete: publishing again"); }
        if (pending is not null) { await pending.MarkAsync(DateTimeOffset.UtcNow, cancellationToken); }
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged here with its reason, then rethrown so the run counts as failed (docs/deployment.md).
            logger.LogError(e, "Publishing after the refresh failed ({ExceptionType}: {Reason}); the dashboard and exports keep their last published state",
                e.GetType().Name, e.Message);
            throw;
        }
        if (pending is not null) { await pending.ClearAsync(cancellationToken); }
        logger.LogInformation("Published {Rows} metric rows for {Areas} areas after refreshing {Written} aggregate rows (full {Full})",
            published.MetricRows, published.Areas, result.RowsWritten, result.Full);
    }
}
