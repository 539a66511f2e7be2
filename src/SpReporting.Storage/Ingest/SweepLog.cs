using Microsoft.Extensions.Logging;

namespace SpReporting.Storage.Ingest;

/// <summary>The sweep's log events; like ingest's, upload keys and counts only, never a file name.</summary>
internal static partial class SweepLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Upload {UploadKey} has no receipt after the grace period (its trigger event was lost or dead-lettered); ingesting it now")]
    public static partial void Ingesting(ILogger logger, string uploadKey);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "The sweep could not ingest upload {UploadKey} ({ExceptionType}); the next sweep tries again")]
    public static partial void Failed(ILogger logger, string uploadKey, string exceptionType);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Sweep checked {Checked} uploads: {Unseen} had no receipt, {Failed} of them failed")]
    public static partial void Swept(ILogger logger, int @checked, int unseen, int failed);
}
