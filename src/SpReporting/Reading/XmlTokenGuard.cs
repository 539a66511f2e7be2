using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Counts the bytes of each XML tag and of each text between tags as an .xlsx part is read, and refuses
/// the part (FIL002) once one is longer than the limit, before the XML reader would hold it whole: one
/// giant shared string or attribute must not cost gigabytes (docs/validation.md, "Reading").
/// </summary>
internal sealed class XmlTokenGuard(Stream inner, int maxTokenBytes) : Stream
{
    private bool _inTag;
    private byte _quote;
    private int _token;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        foreach (var b in buffer[..n])
        {
            if (_inTag)
            {
                if (_quote != 0) { if (b == _quote) { _quote = 0; } }
                else if (b is (byte)'"' or (byte)'\'') { _quote = b; }
                else if (b == '>') { _inTag = false; _token = 0; continue; }
            }
            else if (b == '<') { _inTag = true; _token = 0; }
            if (++_token > maxTokenBytes)
            {
                throw new ReadFailure(FindingCodes.TooLarge,
                    "The workbook holds a cell or a part longer than Excel allows (32,767 characters in a cell). Please save it again from the template.");
            }
        }
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) { inner.Dispose(); }
        base.Dispose(disposing);
    }
}
