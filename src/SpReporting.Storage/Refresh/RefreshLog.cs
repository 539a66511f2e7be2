using Microsoft.Extensions.Logging;

namespace SpReporting.Storage.Refresh;

/// <summary>Structured log messages of a refresh (codes and counts only).</summary>
internal static partial class RefreshLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Another refresh holds the lease; skipping")]
    public static partial void Busy(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Refreshed aggregates: full={Full} dirty={Dirty} partials={Partials} rows={Rows} requests={Requests} read={ReadSeconds:0.00}s compute={ComputeSeconds:0.00}s")]
    public static partial void Refreshed(ILogger logger, bool full, int dirty, int partials, int rows, int requests, double readSeconds, double computeSeconds);
}
