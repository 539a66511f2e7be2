using Microsoft.Extensions.Logging;

namespace SpReporting.Storage.Ingest;

/// <summary>
/// Ingest's log events. Structured, and deliberately narrow: organisation code, period, upload key,
/// status, counts and finding codes only. Never a cell value, a finding message or a file name,
/// because a return can hold personal data by mistake and logs travel further than receipts.
/// </summary>
internal static partial class IngestLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Ingesting {Kind} return {OrganisationCode} {Period}, upload {UploadKey}, {SizeBytes} bytes")]
    public static partial void Ingesting(ILogger logger, string kind, string organisationCode, string period, string uploadKey, long sizeBytes);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Upload {UploadKey} has a path whose {Segment} is not of the expected shape; rejected with a receipt under unrecognised/")]
    public static partial void UnparseablePath(ILogger logger, string uploadKey, string segment);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Ingested {Kind} return {OrganisationCode} {Period}, upload {UploadKey}: {Status}, {ErrorCount} errors, {WarningCount} warnings, codes [{FindingCodes}], current {Current}, late {Late}")]
    public static partial void Ingested(ILogger logger, string kind, string organisationCode, string period, string uploadKey, string status, int errorCount, int warningCount, string findingCodes, bool current, bool late);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Upload {UploadKey} could not be processed ({ExceptionType}); a failure receipt was written and the host will retry")]
    public static partial void Failed(ILogger logger, string uploadKey, string exceptionType);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "An upload could not be read from the returns container ({ExceptionType})")]
    public static partial void Unreadable(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Catching up earlier version {UploadKey} the ledger has not seen")]
    public static partial void CatchingUp(ILogger logger, string uploadKey);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "The failure receipt for upload {UploadKey} could not be written either ({ExceptionType})")]
    public static partial void FailureReceiptFailed(ILogger logger, string uploadKey, string exceptionType);
}
