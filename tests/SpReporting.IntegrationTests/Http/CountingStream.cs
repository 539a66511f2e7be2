namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// A request body of any length made up on demand, counting how much of it was read, so a test can
/// show an oversized upload was refused without being read through.
/// </summary>
internal sealed class CountingStream(long length) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - BytesRead);
        if (n <= 0) { return 0; }
        Array.Fill(buffer, (byte)'x', offset, n);
        BytesRead += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
