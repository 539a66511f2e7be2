using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Reads an upload into a <see cref="Workbook"/>, whatever its format, enforcing the limits of
/// RETURNS.md before anything is expanded. Throws only <see cref="ReadFailure"/>.
/// </summary>
public static class UploadReader
{
    /// <param name="content">The upload, seekable (a memory copy of at most the size limit).</param>
    /// <param name="extension">The file name's extension, lower case with the dot.</param>
    public static Workbook Read(Stream content, string extension, ReadLimits limits)
    {
        if (extension is not (".xlsx" or ".zip"))
        {
            throw new ReadFailure(FindingCodes.NotReadable,
                $"Files ending '{(extension.Length <= 6 && extension.Skip(1).All(char.IsAsciiLetter) ? extension : "…")}' are not accepted. Upload the return as the .xlsx template, or as a .zip of one CSV per sheet.");
        }
        if (content.Length > limits.MaxUploadBytes)
        {
            throw new ReadFailure(FindingCodes.TooLarge, $"The file is larger than {limits.MaxUploadBytes / (1024 * 1024)} MB. A monthly return is far smaller; please check what was saved.");
        }
        if (content.Length == 0)
        {
            throw new ReadFailure(FindingCodes.NotReadable, "The file is empty. Please upload the completed return.");
        }
        var budget = new ExpansionBudget(limits.MaxExpandedBytes);
        var kept = new KeptBudget(limits.MaxKeptBytes);
        var zip = ZipGuard.Open(Bytes(content), limits);
        try
        {
            var workbook = extension == ".xlsx" ? XlsxReader.Read(zip, limits, budget, kept) : CsvZipReader.Read(zip, limits, budget, kept);
            RefuseTwoSheetsOfOneName(workbook);
            return new Workbook(workbook.Sheets)
            {
                PartNames = [.. zip.Parts.Select(p => p.Name)],
                OtherPartsPersonalData = workbook.OtherPartsPersonalData,
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ReadFailure(FindingCodes.NotReadable, "The file could not be read: part of the zip package is damaged or incomplete. Please save it again and re-upload.");
        }
    }

    /// <summary>
    /// Sheets are found by name, ignoring case and surrounding spaces (<see cref="Workbook.Find"/>), so two
    /// of one name (<c>referrals.csv</c> and <c>old/referrals.csv</c>, or <c>Referrals</c> and
    /// <c>Referrals </c>) would leave one silently unread: which is the return is the submitter's to say.
    /// </summary>
    private static void RefuseTwoSheetsOfOneName(Workbook workbook)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var name = workbook.Sheets[i].Name.Trim();
            if (seen.Add(name)) { continue; }
            var label = ReceiptLabels.Sheet(name, i);
            throw new ReadFailure(FindingCodes.NotReadable,
                $"The upload holds more than one {label} sheet (in a zip, more than one CSV file of that name, in any folder). Keep only the one to submit and re-upload.",
                label);
        }
    }

    /// <summary>The upload's bytes without a second copy when it is already in memory.</summary>
    private static ReadOnlyMemory<byte> Bytes(Stream content)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer.AsMemory((int)memory.Position);
        }
        using var copy = new MemoryStream((int)content.Length);
        content.CopyTo(copy);
        return copy.ToArray();
    }
}
