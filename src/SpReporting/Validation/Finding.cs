namespace SpReporting.Validation;

/// <summary>
/// One problem found in an upload, located as Excel shows it (sheet, 1-based row with the header as
/// row 1, column header). <see cref="Value"/> is the value as given, at most 50 characters, and is
/// always null for personal-data findings so that an identifier never travels further.
/// </summary>
public sealed record Finding(
    string Code,
    Severity Severity,
    string? Sheet,
    int? Row,
    string? Column,
    string? Value,
    string Message)
{
    public const int MaxValueLength = 50;

    public bool IsPersonalData => Code.StartsWith("PII", StringComparison.Ordinal);
}
