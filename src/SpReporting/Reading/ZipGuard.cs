using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Opens an upload as a zip package (an .xlsx is one too) by reading its central directory itself, so
/// that what is checked is what is read: the number of files, each file's declared size and compression
/// ratio (zip bombs, FIL002) are checked before anything is inflated, and each file is inflated from its
/// own compressed bytes and counted as it is read (docs/validation.md, "Reading").
/// </summary>
internal static class ZipGuard
{
    private const uint EndOfDirectory = 0x06054b50;
    private const uint DirectoryHeader = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;
    private const uint Zip64EndOfDirectory = 0x06064b50;
    private const uint Zip64Locator = 0x07064b50;

    public static ZipPackage Open(ReadOnlyMemory<byte> content, ReadLimits limits)
    {
        var data = content.Span;
        if (data.Length < 4 || BinaryPrimitives.ReadUInt32LittleEndian(data) != LocalHeader)
        {
            throw new ReadFailure(FindingCodes.NotReadable,
                "The file is not a readable .xlsx or .zip: its content is not a zip package. Save it from Excel as .xlsx, or zip the CSV sheets.");
        }
        var end = FindEndOfDirectory(data) ?? throw Damaged();
        long count = BinaryPrimitives.ReadUInt16LittleEndian(data[(end + 10)..]);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(data[(end + 12)..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(data[(end + 16)..]);
        var directoryEnd = (long)end;
        if (count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF)
        {
            // Some tools write the ZIP64 form even for small files: its record holds the real values.
            directoryEnd = Zip64End(data, end) ?? throw Damaged();
            var record = data[(int)directoryEnd..];
            count = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record[32..]), int.MaxValue);
            size = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record[40..]), int.MaxValue);
            offset = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record[48..]), int.MaxValue);
        }
        if (count > limits.MaxZipParts)
        {
            throw new ReadFailure(FindingCodes.TooLarge,
                $"The file holds more than {limits.MaxZipParts:N0} parts, which a return never does. The file was not opened.");
        }
        if (offset + size > directoryEnd) { throw Damaged(); }
        var parts = new List<ZipPart>((int)count);
        long declared = 0;
        var position = (int)offset;
        for (var i = 0; i < count; i++)
        {
            if (position > data.Length) { throw Damaged(); }
            var header = data[position..];
            if (header.Length < 46 || BinaryPrimitives.ReadUInt32LittleEndian(header) != DirectoryHeader) { throw Damaged(); }
            int flags = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
            int method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            long length = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            long local = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            if (nameLength > limits.MaxPartNameBytes || header.Length < 46 + nameLength) { throw Damaged(); }
            if (header.Length < 46 + nameLength + extraLength) { throw Damaged(); }
            var name = Encoding.UTF8.GetString(header.Slice(46, nameLength));
            if (length == 0xFFFFFFFF || compressed == 0xFFFFFFFF || local == 0xFFFFFFFF)
            {
                (length, compressed, local) = Zip64Sizes(header.Slice(46 + nameLength, extraLength), length, compressed, local);
            }
            parts.Add(new ZipPart(name, method, flags, compressed, length, local));
            declared += length;
            var ratio = compressed == 0 ? (length == 0 ? 0 : double.PositiveInfinity) : (double)length / compressed;
            if (ratio > limits.MaxCompressionRatio)
            {
                throw new ReadFailure(FindingCodes.TooLarge,
                    $"A part of the file is compressed more than {limits.MaxCompressionRatio:0} times, which real returns never are. The file was not opened.");
            }
            position += 46 + nameLength + extraLength + commentLength;
        }
        if (declared > limits.MaxExpandedBytes)
        {
            throw new ReadFailure(FindingCodes.TooLarge,
                $"The file expands to more than {limits.MaxExpandedBytes / (1024 * 1024)} MB when unpacked. Please upload the return template or a zip of the CSV sheets only.");
        }
        return new ZipPackage(content, parts);
    }

    /// <summary>Opens a part for reading, inflated from its own bytes and counted against the budget and its declared size.</summary>
    public static Stream OpenLimited(ReadOnlyMemory<byte> content, ZipPart part, ExpansionBudget budget)
    {
        var data = content.Span;
        if ((part.Flags & 1) != 0)
        {
            throw new ReadFailure(FindingCodes.NotReadable, "The file is password-protected or encrypted. Please upload it without a password.");
        }
        if (part.LocalHeaderOffset > data.Length - 30 || BinaryPrimitives.ReadUInt32LittleEndian(data[(int)part.LocalHeaderOffset..]) != LocalHeader)
        {
            throw Damaged();
        }
        var header = data[(int)part.LocalHeaderOffset..];
        var start = part.LocalHeaderOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
        if (start + part.CompressedSize > data.Length) { throw Damaged(); }
        var bytes = new ReadOnlyMemoryStream(content.Slice((int)start, (int)part.CompressedSize));
        Stream inner = part.Method switch
        {
            0 => bytes,
            8 => new DeflateStream(bytes, CompressionMode.Decompress),
            _ => throw new ReadFailure(FindingCodes.NotReadable,
                "A part of the file is compressed in a way Excel does not use. Please save it again from Excel, or zip the CSV sheets with an ordinary zip tool."),
        };
        return new LimitedStream(inner, budget, part.Size);
    }

    public static ReadFailure Damaged() => new(FindingCodes.NotReadable,
        "The file could not be opened: the zip package is damaged or incomplete. Please save it again and re-upload.");

    /// <summary>The ZIP64 end record's position, found through its locator just before the end record.</summary>
    private static long? Zip64End(ReadOnlySpan<byte> data, int end)
    {
        if (end < 20 || BinaryPrimitives.ReadUInt32LittleEndian(data[(end - 20)..]) != Zip64Locator) { return null; }
        var at = BinaryPrimitives.ReadUInt64LittleEndian(data[(end - 12)..]);
        if (at > (ulong)(end - 20 - 56) || BinaryPrimitives.ReadUInt32LittleEndian(data[(int)at..]) != Zip64EndOfDirectory) { return null; }
        return (long)at;
    }

    /// <summary>Sizes and offset from a ZIP64 extra field, each present only where the header holds 0xFFFFFFFF.</summary>
    private static (long Length, long Compressed, long Local) Zip64Sizes(ReadOnlySpan<byte> extra, long length, long compressed, long local)
    {
        while (extra.Length >= 4)
        {
            int id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            int fieldLength = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (extra.Length < 4 + fieldLength) { break; }
            var field = extra.Slice(4, fieldLength);
            if (id == 1)
            {
                static long Next(ref ReadOnlySpan<byte> f)
                {
                    if (f.Length < 8) { throw Damaged(); }
                    var v = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(f), long.MaxValue / 2);
                    f = f[8..];
                    return v;
                }
                if (length == 0xFFFFFFFF) { length = Next(ref field); }
                if (compressed == 0xFFFFFFFF) { compressed = Next(ref field); }
                if (local == 0xFFFFFFFF) { local = Next(ref field); }
                return (length, compressed, local);
            }
            extra = extra[(4 + fieldLength)..];
        }
        throw Damaged();
    }

    private static int? FindEndOfDirectory(ReadOnlySpan<byte> data)
    {
        var lowest = Math.Max(0, data.Length - 22 - 0xFFFF);
        for (var i = data.Length - 22; i >= lowest; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(data[i..]) == EndOfDirectory) { return i; }
        }
        return null;
    }
}
