using System.IO.Compression;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Opens an upload as a zip (an .xlsx is one too) and checks what it claims before inflating anything:
/// total expanded size and each entry's compression ratio (zip bombs, FIL002).
/// </summary>
internal static class ZipGuard
{
    public static ZipArchive Open(Stream content, ReadLimits limits)
    {
        if (content.Length < 4 || !StartsWithZipSignature(content))
        {
            throw new ReadFailure(FindingCodes.NotReadable,
                "The file is not a readable .xlsx or .zip: its content is not a zip package. Save it from Excel as .xlsx, or zip the CSV sheets.");
        }
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            _ = archive.Entries.Count;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new ReadFailure(FindingCodes.NotReadable,
                "The file could not be opened: the zip package is damaged or incomplete. Please save it again and re-upload.");
        }
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : double.PositiveInfinity) : (double)entry.Length / entry.CompressedLength;
            if (ratio > limits.MaxCompressionRatio)
            {
                archive.Dispose();
                throw new ReadFailure(FindingCodes.TooLarge,
                    $"A part of the file is compressed more than {limits.MaxCompressionRatio:0} times, which real returns never are. The file was not opened.");
            }
        }
        if (declared > limits.MaxExpandedBytes)
        {
            archive.Dispose();
            throw new ReadFailure(FindingCodes.TooLarge,
                $"The file expands to more than {limits.MaxExpandedBytes / (1024 * 1024)} MB when unpacked. Please upload the return template or a zip of the CSV sheets only.");
        }
        return archive;
    }

    /// <summary>Opens an entry for reading with its inflation counted against the budget.</summary>
    public static Stream OpenLimited(ZipArchiveEntry entry, ExpansionBudget budget)
    {
        try
        {
            return new LimitedStream(entry.Open(), budget);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ReadFailure(FindingCodes.NotReadable, "The file could not be opened: a part of the zip package is damaged.");
        }
    }

    private static bool StartsWithZipSignature(Stream s)
    {
        Span<byte> head = stackalloc byte[4];
        s.Position = 0;
        var n = s.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        s.Position = 0;
        return n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
