namespace SpReporting.Reading;

/// <summary>
/// A read-only stream that fails once more than a budget of bytes has been read from it. Declared
/// sizes in a zip can lie, so expansion is also limited by what is actually inflated.
/// </summary>
internal sealed class LimitedStream(Stream inner, ExpansionBudget budget) : Stream
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
        budget.Spend(n);
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

/// <summary>Bytes that may still be inflated from one upload, shared by all its entries.</summary>
internal sealed class ExpansionBudget(long bytes)
{
    public long Remaining { get; private set; } = bytes;

    public void Spend(long n)
    {
        Remaining -= n;
        if (Remaining < 0)
        {
            throw new ReadFailure(Validation.FindingCodes.TooLarge,
                "The file expands to more than 200 MB when unpacked. Please upload the return template or a zip of the CSV sheets only.");
        }
    }
}
