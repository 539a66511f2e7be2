namespace SpReporting.Validation;

/// <summary>The finding codes of RETURNS.md and their severities: one place, used by every rule.</summary>
public static class FindingCodes
{
    public const string NotReadable = "FIL001";
    public const string TooLarge = "FIL002";
    public const string MissingSheetOrColumn = "FIL003";
    public const string ExtraColumn = "FIL004";
    public const string TooManyRows = "FIL005";

    public const string BadOrganisation = "SUB001";
    public const string BadPeriod = "SUB002";
    public const string PathMismatch = "SUB003";
    public const string BadSchemaVersion = "SUB004";
    public const string PeriodLocked = "SUB005";
    public const string Late = "SUB006";

    public const string NhsNumber = "PII001";
    public const string Postcode = "PII002";
    public const string DirectIdentifier = "PII003";

    public const string Required = "VAL001";
    public const string NotInCodeList = "VAL002";
    public const string Unreadable = "VAL003";
    public const string DuplicateKey = "VAL004";
    public const string DateOrder = "VAL005";
    public const string OutsidePeriod = "VAL006";
    public const string SlowFirstContact = "VAL007";
    public const string WellbeingUnpaired = "VAL008";
    public const string HighCaseload = "VAL009";
    public const string NilReturnMismatch = "VAL010";
    public const string DemographicUnknown = "VAL011";
    public const string AfterWindowOpen = "VAL012";

    private static readonly HashSet<string> Warnings = [ExtraColumn, Late, SlowFirstContact, WellbeingUnpaired, HighCaseload, NilReturnMismatch, DemographicUnknown];

    public static Severity SeverityOf(string code) => Warnings.Contains(code) ? Severity.Warning : Severity.Error;

    /// <summary>Every code the PCN monthly return can raise, for documentation and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NotReadable, TooLarge, MissingSheetOrColumn, ExtraColumn, TooManyRows,
        BadOrganisation, BadPeriod, PathMismatch, BadSchemaVersion, PeriodLocked, Late,
        NhsNumber, Postcode, DirectIdentifier,
        Required, NotInCodeList, Unreadable, DuplicateKey, DateOrder, OutsidePeriod,
        SlowFirstContact, WellbeingUnpaired, HighCaseload, NilReturnMismatch, DemographicUnknown, AfterWindowOpen,
    ];
}
