using System.Text.RegularExpressions;
using SpReporting.Periods;

namespace SpReporting.Returns;

/// <summary>
/// The path an upload arrived at, which is the submitter's identity:
/// <c>pcn/U12345/2024-03/return.xlsx</c> or <c>icb/QE1/2024-Q1/return.xlsx</c>.
/// The one place where the shape of every segment is checked (docs/validation.md, "Upload paths"):
/// the HTTP front door, <c>spr validate --as</c>, <c>spr run</c> and ingest all parse here, so a
/// segment that is not of the expected shape never reaches authorisation, a log, a blob name or a
/// table key. Errors describe the expected shape and never repeat what was given, because a
/// segment may hold anything, an NHS number included. Whether a well-shaped code is in the
/// reference list, or a period is in range, is validation's job.
/// </summary>
public sealed partial record UploadPath(ReturnKind Kind, string OrganisationCode, string Period, string FileName)
{
    public const int MaxFileNameLength = 200;

    /// <summary>The file types a return may be (RETURNS.md, FIL001).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".xlsx", ".zip"];

    public string Extension => System.IO.Path.GetExtension(FileName).ToLowerInvariant();

    public Month? Month => Kind == ReturnKind.Pcn && Periods.Month.TryParse(Period, out var m) ? m : null;

    public Quarter? Quarter => Kind == ReturnKind.Icb && Periods.Quarter.TryParse(Period, out var q) ? q : null;

    /// <summary>The blob name inside the <c>returns</c> container.</summary>
    public override string ToString() => $"{KindText(Kind)}/{OrganisationCode}/{Period}/{FileName}";

    public static string KindText(ReturnKind kind) => kind == ReturnKind.Pcn ? "pcn" : "icb";

    /// <summary>Parses a blob name (<c>kind/code/period/file</c>, nothing before or after).</summary>
    public static bool TryParse(string? text, out UploadPath? path, out string error)
    {
        var result = Check(text);
        path = result.Path;
        error = result.Problem?.Message ?? "";
        return path is not null;
    }

    /// <summary>Parses a blob name, saying which finding code a refusal is (SUB001, SUB002 or FIL001).</summary>
    public static UploadPathCheck Check(string? text)
    {
        var parts = (text ?? "").Split('/');
        return parts.Length == 4
            ? Check(parts[0], parts[1], parts[2], parts[3])
            : UploadPathCheck.Refused(UploadPathProblem.Shape);
    }

    /// <summary>Checks route values one by one, as the HTTP front door receives them.</summary>
    public static UploadPathCheck Check(string? kind, string? code, string? period, string? fileName)
    {
        if (TryKind(kind) is not { } k) { return UploadPathCheck.Refused(UploadPathProblem.Kind); }
        if (TryOrganisation(k, code) is not { } organisation) { return UploadPathCheck.Refused(UploadPathProblem.Organisation(k)); }
        if (TryPeriod(k, period) is not { } canonicalPeriod) { return UploadPathCheck.Refused(UploadPathProblem.Period(k)); }
        if (!IsFileName(fileName)) { return UploadPathCheck.Refused(UploadPathProblem.FileName); }
        // A well-shaped name can still be an identifier (9434765919.zip); it would become a blob name and a key.
        if (Validation.PersonalData.Detect(fileName) is { } identifier) { return UploadPathCheck.Refused(UploadPathProblem.PersonalDataInName(identifier)); }
        return new UploadPathCheck(new UploadPath(k, organisation, canonicalPeriod, fileName!), null);
    }

    public static UploadPath Parse(string text)
    {
        var check = Check(text);
        return check.Path ?? throw new FormatException(check.Problem!.Message);
    }

    /// <summary><c>pcn</c> or <c>icb</c>, in any letter case.</summary>
    public static ReturnKind? TryKind(string? text) =>
        string.Equals(text, "pcn", StringComparison.OrdinalIgnoreCase) ? ReturnKind.Pcn
        : string.Equals(text, "icb", StringComparison.OrdinalIgnoreCase) ? ReturnKind.Icb
        : null;

    /// <summary>
    /// An ODS code of the right shape for the kind, upper-cased: <c>U</c> and 5 digits for a PCN,
    /// <c>Q</c> and two letters or digits for an ICB (the shape of every ICB in reference/organisations.csv).
    /// Nothing is trimmed: a padded code is refused, so it can never become a second folder.
    /// </summary>
    public static string? TryOrganisation(ReturnKind kind, string? code) =>
        code is not null && (kind == ReturnKind.Pcn ? PcnCode() : IcbCode()).IsMatch(code) ? code.ToUpperInvariant() : null;

    /// <summary>The period written as the project writes it: <c>yyyy-MM</c> for a PCN, <c>yyyy-Qn</c> for an ICB.</summary>
    public static string? TryPeriod(ReturnKind kind, string? period)
    {
        if (period is null || !PeriodShape().IsMatch(period)) { return null; }
        if (kind == ReturnKind.Pcn) { return Periods.Month.TryParse(period, out var m) ? m.ToString() : null; }
        return Periods.Quarter.TryParse(period, out var q) ? q.ToString() : null;
    }

    /// <summary>Letters, digits, dots, dashes and underscores, not starting with a dot, ending .xlsx or .zip.</summary>
    public static bool IsFileName(string? name) =>
        name is not null && IsSafeSegment(name)
        && Extensions.Contains(System.IO.Path.GetExtension(name).ToLowerInvariant())
        && System.IO.Path.GetFileNameWithoutExtension(name).Length > 0;

    /// <summary>
    /// A path segment any route of the front door may carry: letters, digits, dots, dashes and
    /// underscores, not starting with a dot (so never <c>.</c> or <c>..</c>), no spaces, no
    /// percent signs, slashes or control characters, at most <see cref="MaxFileNameLength"/> long.
    /// </summary>
    public static bool IsSafeSegment(string? segment) =>
        segment is { Length: > 0 and <= MaxFileNameLength } && SafeFileName().IsMatch(segment);

    [GeneratedRegex(@"^[Uu][0-9]{5}\z")]
    private static partial Regex PcnCode();

    [GeneratedRegex(@"^[Qq][A-Za-z0-9]{2}\z")]
    private static partial Regex IcbCode();

    [GeneratedRegex(@"^[0-9]{4}-(?:[0-9]{2}|[Qq][1-4])\z")]
    private static partial Regex PeriodShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]*\z")]
    private static partial Regex SafeFileName();
}
