namespace SpReporting.Validation;

/// <summary>
/// Collects findings in one pass. Keeps the first <see cref="Cap"/> for the receipt and counts the
/// rest, but always knows whether any error was seen, so the cap never turns a rejection into an acceptance.
/// </summary>
public sealed class FindingList
{
    public const int Cap = 1000;
    private readonly List<Finding> _shown = [];

    public IReadOnlyList<Finding> Shown => _shown;
    public int NotShown { get; private set; }
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public bool HasErrors => ErrorCount > 0;

    public void Add(string code, string? sheet, int? row, string? column, string? value, string message)
    {
        var severity = FindingCodes.SeverityOf(code);
        if (severity == Severity.Error) { ErrorCount++; } else { WarningCount++; }
        if (_shown.Count >= Cap)
        {
            NotShown++;
            return;
        }
        var safeValue = code.StartsWith("PII", StringComparison.Ordinal) || value is null
            ? null
            : value.Length <= Finding.MaxValueLength ? value : value[..Finding.MaxValueLength];
        _shown.Add(new Finding(code, severity, sheet, row, column, safeValue, message));
    }

    public bool Any(string code) => _shown.Exists(f => f.Code == code);
}
