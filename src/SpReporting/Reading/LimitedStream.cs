namespace SpReporting.Reading;

/// <summary>
/// A zip part as it is inflated: every byte is counted against the upload's budget, and a part that
/// inflates to more or fewer bytes than its header declares is refused, so nothing can hide past the
/// declared size (docs/validation.md, "Reading").
/// </summary>
internal sealed class LimitedStream(Stream inner, ExpansionBudget budget, long declared) : ReadOnlyCheckingStream(inner)
{
    private long _read;

    protected override void Check(ReadOnlySpan<byte> read, int requested)
    {
        var n = read.Length;
        budget.Spend(n);
        _read += n;
        if (_read > declared || (n == 0 && requested > 0 && _read != declared))
        {
            throw new ReadFailure(Validation.FindingCodes.NotReadable,
                "A part of the file holds a different amount of data than its zip header declares, so it cannot be trusted. Please save the file again and re-upload.");
        }
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
