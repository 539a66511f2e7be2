namespace SpReporting.Validation;

/// <summary>
/// Collects findings in one pass. Keeps <see cref="Cap"/> for the receipt and counts the rest, but
/// always knows whether any error was seen, so the cap never turns a rejection into an acceptance;
/// past the cap an error displaces a kept warning, so the errors are what the receipt shows.
/// <see cref="Shown"/> is in receipt order (<see cref="FindingOrder"/>): errors, then warnings.
/// </summary>
public sealed class FindingList
{
    public const int Cap = 1000;
    private readonly List<Finding> _shown = [];
    private readonly HashSet<string> _personal = new(StringComparer.OrdinalIgnoreCase);

    private IReadOnlyList<Finding>? _ordered;

    public IReadOnlyList<Finding> Shown => _ordered ??= FindingOrder.Sort(_shown);
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
            var lastWarning = severity == Severity.Error ? _shown.FindLastIndex(f => f.Severity == Severity.Warning) : -1;
            if (lastWarning < 0) { return; }
            _shown.RemoveAt(lastWarning);
        }
        _ordered = null;
        var personal = code.StartsWith("PII", StringComparison.Ordinal)
            || (sheet is not null && row is not null && column is not null && _personal.Contains(Key(sheet, row.Value, column)));
        var safeValue = personal || value is null
            ? null
            : value.Length <= Finding.MaxValueLength ? value : value[..Finding.MaxValueLength];
        // The last screen: whatever a rule passes, no shown field may carry an identifier (docs/validation.md).
        if (PersonalData.Contains(safeValue) || PersonalData.Contains(value)) { safeValue = null; }
        _shown.Add(new Finding(code, severity, Screen(sheet), row, Screen(column), safeValue,
            PersonalData.Contains(message) ? WithheldMessage : message));
    }

    /// <summary>A cell that held personal data: no later finding may echo its value.</summary>
    public void MarkPersonal(string sheet, int row, string column) => _personal.Add(Key(sheet, row, column));

    private const string WithheldMessage = "This finding's message is withheld because it would have shown personal data from the upload.";

    private static string Key(string sheet, int row, string column) => $"{sheet}\u0001{row}\u0001{column.Trim()}";

    private static string? Screen(string? label) => PersonalData.Contains(label) ? PersonalData.Withheld : label;

    public bool Any(string code) => _shown.Exists(f => f.Code == code);
}
