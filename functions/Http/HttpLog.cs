using Microsoft.Extensions.Logging;

namespace SpReporting.Functions.Http;

/// <summary>
/// The front door's log events. Callers are named by their pseudonymous id (provider and object id),
/// organisations by upload prefix; never file names, which a submitter types and may fill with anything.
/// </summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "{Function} refused with {Status}: {Reason} (caller {Caller}, scope {Scope})")]
    public static partial void Refused(ILogger logger, string function, int status, string reason, string caller, string scope);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Upload to {Scope} {Period} accepted from caller {Caller}: {SizeBytes} bytes, version {VersionId}")]
    public static partial void UploadAccepted(ILogger logger, string scope, string period, string caller, long sizeBytes, string versionId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "{Function} served {Item} to caller {Caller}")]
    public static partial void Served(ILogger logger, string function, string item, string caller);
}
