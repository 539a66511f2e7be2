namespace SpReporting.Reading;

/// <summary>
/// A forward-only, read-only stream over another that looks at every block read through it: the readers'
/// limits (docs/validation.md, "Reading") are checked as bytes arrive, never after a whole part is held.
/// Derived classes say what to check in <see cref="Check"/>; disposing disposes the inner stream.
/// </summary>
internal abstract class ReadOnlyCheckingStream(Stream inner) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Check(buffer[..n], requested: buffer.Length);
        return n;
    }

    /// <summary>Sees the bytes just read (empty at the end of the inner stream); throws <see cref="ReadFailure"/> to refuse them.</summary>
    protected abstract void Check(ReadOnlySpan<byte> read, int requested);

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
