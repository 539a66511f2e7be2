using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation;

/// <summary>
/// The one entry point for validating an upload, used by ingest and by <c>spr validate</c> alike, so
/// offline validation is exactly what ingest does. Never throws on bad content: whatever the bytes,
/// the outcome has findings that say what is wrong.
/// </summary>
public sealed class ReturnValidator(ValidationContext context)
{
    public ValidationContext Context { get; } = context;

    public ValidationOutcome Validate(Stream content, UploadPath path)
    {
        var findings = new FindingList();
        var empty = new Dictionary<string, int>();
        ScanPath(path, findings);
        Workbook workbook;
        try
        {
            using var copy = CopyWithinLimit(content, Context.Limits.MaxUploadBytes);
            workbook = UploadReader.Read(copy, path.Extension, Context.Limits);
        }
        catch (ReadFailure failure)
        {
            // Readers name a sheet by a label that is safe to show (ReceiptLabels); canonical case where it is a known sheet.
            var sheet = failure.Sheet is null ? null : CanonicalName(failure.Sheet, path.Kind) ?? failure.Sheet;
            findings.Add(failure.Code, sheet, failure.Row, failure.Column, null, failure.Sheet is null ? failure.Message : failure.Message.Replace(failure.Sheet, sheet, StringComparison.Ordinal));
            return new ValidationOutcome(findings, empty, Late: false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // Bad content must end in a receipt, never a crash or a retry: whatever a reader could not cope with is FIL001.
            findings.Add(FindingCodes.NotReadable, null, null, null, null, UnreadableMessage);
            return new ValidationOutcome(findings, empty, Late: false);
        }
        workbook = Canonical(workbook, path.Kind);
        try
        {
            return path.Kind == ReturnKind.Pcn
                ? Pcn.PcnReturnValidator.Validate(workbook, path, Context, findings)
                : Icb.IcbReturnValidator.Validate(workbook, path, Context, findings);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            findings.Add(FindingCodes.NotReadable, null, null, null, null, UnreadableMessage);
            return new ValidationOutcome(findings, empty, Late: false);
        }
    }

    private const string UnreadableMessage =
        "The file could not be read: its content is not laid out as an .xlsx or a zip of CSV sheets can be. Please save it again from the template and re-upload.";

    /// <summary>The organisation code, period and file name are the submitter's text too (docs/validation.md).</summary>
    private static void ScanPath(UploadPath path, FindingList findings)
    {
        foreach (var segment in new[] { path.OrganisationCode, path.Period, path.FileName })
        {
            if (PersonalData.Detect(segment) is not { } code) { continue; }
            findings.Add(code, null, null, null, null, code == FindingCodes.NhsNumber
                ? "The upload's folder or file name holds what looks like an NHS number. Upload it under a name without the identifier, to your organisation's folder for the period."
                : "The upload's folder or file name holds a full postcode. Upload it under a name without the postcode, to your organisation's folder for the period.");
        }
    }

    /// <summary>
    /// A seekable copy, refusing to read past the size limit so an endless or huge stream costs at
    /// most the limit (FIL002).
    /// </summary>
    private static MemoryStream CopyWithinLimit(Stream content, long limit)
    {
        if (content.CanSeek && content.Length - content.Position > limit) { throw TooLarge(limit); }
        var copy = new MemoryStream(content.CanSeek ? (int)Math.Min(content.Length - content.Position, limit) : 81_920);
        var buffer = new byte[81_920];
        int n;
        while ((n = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + n > limit) { throw TooLarge(limit); }
            copy.Write(buffer, 0, n);
        }
        copy.Position = 0;
        return copy;
    }

    private static ReadFailure TooLarge(long limit) => new(FindingCodes.TooLarge,
        $"The file is larger than {limit / (1024 * 1024)} MB. A monthly return is far smaller; please check what was saved.");

    /// <summary>Sheets named as the specification names them, whatever case a CSV file name used.</summary>
    private static Workbook Canonical(Workbook workbook, ReturnKind kind) =>
        new(workbook.Sheets.Select(s => CanonicalName(s.Name, kind) is { } name && name != s.Name
            ? new Sheet(name, s.Headers, s.Rows) { UnkeptPersonalData = s.UnkeptPersonalData }
            : s).ToList())
        { PartNames = workbook.PartNames, OtherPartsPersonalData = workbook.OtherPartsPersonalData };

    private static string? CanonicalName(string sheet, ReturnKind kind)
    {
        IReadOnlyList<string> names = kind == ReturnKind.Pcn
            ? [PcnSchema.Submission, PcnSchema.Workforce, PcnSchema.Referrals, PcnSchema.Implementation, PcnSchema.Utilisation]
            : [Returns.Icb.IcbSchema.Submission, Returns.Icb.IcbSchema.Plan, Returns.Icb.IcbSchema.Investment, Returns.Icb.IcbSchema.Capacity, Returns.Icb.IcbSchema.Narrative];
        return names.FirstOrDefault(n => string.Equals(n, sheet.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
