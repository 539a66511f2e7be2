using System.Text.RegularExpressions;
using SpReporting.Periods;

namespace SpReporting.Returns;

/// <summary>
/// The path an upload arrived at, which is the submitter's identity:
/// <c>pcn/U12345/2024-03/return.xlsx</c> or <c>icb/QE1/2024-Q1/return.xlsx</c>.
/// Parsing checks only the shape; whether the code and period are acceptable is validation's job.
/// </summary>
public sealed partial record UploadPath(ReturnKind Kind, string OrganisationCode, string Period, string FileName)
{
    public string Extension => System.IO.Path.GetExtension(FileName).ToLowerInvariant();

    public Month? Month => Kind == ReturnKind.Pcn && Periods.Month.TryParse(Period, out var m) ? m : null;

    public Quarter? Quarter => Kind == ReturnKind.Icb && Periods.Quarter.TryParse(Period, out var q) ? q : null;

    /// <summary>The blob name inside the <c>returns</c> container.</summary>
    public override string ToString() => $"{(Kind == ReturnKind.Pcn ? "pcn" : "icb")}/{OrganisationCode}/{Period}/{FileName}";

    /// <summary>Parses a blob name; the error says what is wrong in words a submitter understands.</summary>
    public static bool TryParse(string? text, out UploadPath? path, out string error)
    {
        path = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The upload path is empty.";
            return false;
        }
        var parts = text.Replace('\\', '/').Trim('/').Split('/');
        if (parts.Length != 4)
        {
            error = $"The upload path must look like pcn/U12345/2024-03/return.xlsx or icb/QE1/2024-Q1/return.xlsx, not '{Truncate(text)}'.";
            return false;
        }
        ReturnKind kind;
        switch (parts[0].ToLowerInvariant())
        {
            case "pcn": kind = ReturnKind.Pcn; break;
            case "icb": kind = ReturnKind.Icb; break;
            default:
                error = $"The upload path must start with pcn/ or icb/, not '{Truncate(parts[0])}/'.";
                return false;
        }
        if (parts[3].Length == 0 || parts[3].Length > 200 || !SafeFileName().IsMatch(parts[3]))
        {
            error = "The file name may use letters, digits, spaces, dots, dashes, underscores and brackets, up to 200 characters.";
            return false;
        }
        if (parts[1].Length is 0 or > 10 || parts[2].Length is 0 or > 10)
        {
            error = "The organisation code and period in the upload path are not recognisable.";
            return false;
        }
        path = new UploadPath(kind, parts[1].ToUpperInvariant(), parts[2], parts[3]);
        return true;
    }

    public static UploadPath Parse(string text) =>
        TryParse(text, out var p, out var error) ? p! : throw new FormatException(error);

    private static string Truncate(string s) => s.Length <= 50 ? s : s[..50];

    [GeneratedRegex(@"^[A-Za-z0-9 ._()\-]+$")]
    private static partial Regex SafeFileName();
}
