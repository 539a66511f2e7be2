using SpReporting.Validation;

namespace SpReporting.Returns;

/// <summary>
/// Why an upload path was refused: the finding code a receipt gives it and a message that says what
/// shape was expected. No message holds any of the text that was refused.
/// </summary>
public sealed record UploadPathProblem(string Code, string Segment, string Message)
{
    public static UploadPathProblem Shape { get; } = new(FindingCodes.BadOrganisation, "path",
        "The upload path is not of the expected shape: pcn/U12345/2024-03/return.xlsx or icb/QE1/2024-Q1/return.xlsx.");

    public static UploadPathProblem Kind { get; } = new(FindingCodes.BadOrganisation, "kind",
        "The upload path must start with pcn/ (a PCN monthly return) or icb/ (an ICB quarterly return).");

    public static UploadPathProblem FileName { get; } = new(FindingCodes.NotReadable, "file",
        $"The file name is not of the expected shape: up to {UploadPath.MaxFileNameLength} letters, digits, dots, dashes and underscores, "
        + "not starting with a dot, ending .xlsx (the template) or .zip (one CSV per sheet), for example return.xlsx.");

    /// <summary>The file name holds what looks like an NHS number or a postcode; the name itself is not repeated.</summary>
    public static UploadPathProblem PersonalDataInName(string code) => new(code, "file",
        "The file name holds what looks like personal data (an NHS number or a postcode). Rename the file, for example return.xlsx, and upload it again.");

    public static UploadPathProblem Organisation(ReturnKind kind) => kind == ReturnKind.Pcn
        ? new(FindingCodes.BadOrganisation, "code", "The PCN code in the upload path is not of the expected shape: U followed by 5 digits, for example U12345.")
        : new(FindingCodes.BadOrganisation, "code", "The ICB code in the upload path is not of the expected shape: Q followed by 2 letters or digits, for example QE1.");

    public static UploadPathProblem Period(ReturnKind kind) => kind == ReturnKind.Pcn
        ? new(FindingCodes.BadPeriod, "period", "The period in the upload path is not of the expected shape: a month written yyyy-MM, for example 2024-03.")
        : new(FindingCodes.BadPeriod, "period", "The period in the upload path is not of the expected shape: a financial quarter written yyyy-Qn, for example 2024-Q1 (April to June 2024).");
}
