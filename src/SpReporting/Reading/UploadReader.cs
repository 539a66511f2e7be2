using System.IO.Compression;
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
                $"Files ending '{(extension.Length > 10 ? extension[..10] : extension)}' are not accepted. Upload the return as the .xlsx template, or as a .zip of one CSV per sheet.");
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
        using var zip = ZipGuard.Open(content, limits);
        try
        {
            return extension == ".xlsx" ? XlsxReader.Read(zip, limits, budget) : CsvZipReader.Read(zip, limits, budget);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ReadFailure(FindingCodes.NotReadable, "The file could not be read: part of the zip package is damaged or incomplete. Please save it again and re-upload.");
        }
    }
}
