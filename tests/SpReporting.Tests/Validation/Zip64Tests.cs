using System.Buffers.Binary;
using SpReporting.Tests.Support;

namespace SpReporting.Tests.Validation;

/// <summary>
/// Some zip tools write the ZIP64 form of the directory even for small files; the reader's own
/// central-directory parser must read it as the platform's did.
/// </summary>
public class Zip64Tests
{
    [Theory]
    [InlineData("return.zip")]
    [InlineData("return.xlsx")]
    public void A_return_whose_directory_is_written_in_ZIP64_form_is_read(string file)
    {
        var b = ReturnBuilder.Valid();
        var bytes = ToZip64(file.EndsWith(".zip", StringComparison.Ordinal) ? b.ToZip() : b.ToXlsx());
        var o = Validate.Bytes(bytes, file);
        Assert.True(o.Accepted, Validate.Describe(o));
    }

    [Fact]
    public void The_ZIP64_form_is_still_checked_against_the_number_of_parts()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => ($"x{i}.txt", "x")).ToArray();
        var o = Validate.Bytes(ToZip64(ReadingLimitTests.Zip(entries)), "return.zip");
        Assert.Equal("FIL002", Assert.Single(o.Findings.Shown).Code);
    }

    /// <summary>Rewrites the central directory with every size and offset in a ZIP64 extra field, and a ZIP64 end record.</summary>
    private static byte[] ToZip64(byte[] zip)
    {
        var end = zip.Length - 22;
        while (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)) != 0x06054b50) { end--; }
        int count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        using var output = new MemoryStream();
        output.Write(zip, 0, offset);
        var position = offset;
        for (var i = 0; i < count; i++)
        {
            var header = zip.AsSpan(position);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            var fixedPart = header[..46].ToArray();
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(fixedPart.AsSpan(20));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(fixedPart.AsSpan(24));
            var local = BinaryPrimitives.ReadUInt32LittleEndian(fixedPart.AsSpan(42));
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart.AsSpan(20), 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart.AsSpan(24), 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart.AsSpan(42), 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart.AsSpan(30), 28);
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart.AsSpan(32), 0);
            output.Write(fixedPart);
            output.Write(header.Slice(46, nameLength));
            var extra = new byte[28];
            BinaryPrimitives.WriteUInt16LittleEndian(extra, 1);
            BinaryPrimitives.WriteUInt16LittleEndian(extra.AsSpan(2), 24);
            BinaryPrimitives.WriteUInt64LittleEndian(extra.AsSpan(4), size);
            BinaryPrimitives.WriteUInt64LittleEndian(extra.AsSpan(12), compressed);
            BinaryPrimitives.WriteUInt64LittleEndian(extra.AsSpan(20), local);
            output.Write(extra);
            position += 46 + nameLength + extraLength + commentLength;
        }
        var directorySize = output.Length - offset;
        var record = new byte[56];
        BinaryPrimitives.WriteUInt32LittleEndian(record, 0x06064b50);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(4), 44);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(24), (ulong)count);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(32), (ulong)count);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(40), (ulong)directorySize);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(48), (ulong)offset);
        var recordAt = output.Length;
        output.Write(record);
        var locator = new byte[20];
        BinaryPrimitives.WriteUInt32LittleEndian(locator, 0x07064b50);
        BinaryPrimitives.WriteUInt64LittleEndian(locator.AsSpan(8), (ulong)recordAt);
        BinaryPrimitives.WriteUInt32LittleEndian(locator.AsSpan(16), 1);
        output.Write(locator);
        var endRecord = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(endRecord, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(endRecord.AsSpan(8), 0xFFFF);
        BinaryPrimitives.WriteUInt16LittleEndian(endRecord.AsSpan(10), 0xFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(endRecord.AsSpan(12), 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(endRecord.AsSpan(16), 0xFFFFFFFF);
        output.Write(endRecord);
        return output.ToArray();
    }
}
