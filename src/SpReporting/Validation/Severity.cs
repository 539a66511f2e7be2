namespace SpReporting.Validation;

/// <summary>As in NHS collections: an error rejects the whole upload, a warning is shown and counted.</summary>
public enum Severity
{
    Warning,
    Error,
}
