using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Memory that the cells kept from one upload may take, estimated as they are kept (object headers,
/// row arrays and two bytes a character), shared by all its sheets and the shared-string table. Keeps
/// validation of any upload within its memory budget (docs/benchmarks.md); a real return uses a third of it.
/// </summary>
internal sealed class KeptBudget(long bytes)
{
    private long _spent;

    /// <summary>What has been spent so far, to give back what a discarded attempt kept.</summary>
    public long Spent => _spent;

    /// <summary>Returns to an earlier <see cref="Spent"/>: the rows of a discarded attempt are no longer held.</summary>
    public void Restore(long spent) => _spent = spent;

    public void SpendRow(int width) => Spend(40 + 8L * width);

    public void SpendText(string text)
    {
        if (text.Length > 0) { Spend(24 + 2L * text.Length); }
    }

    private void Spend(long n)
    {
        _spent += n;
        if (_spent > bytes)
        {
            throw new ReadFailure(FindingCodes.TooLarge,
                $"The file holds more cell content than a monthly return could ({bytes / (1024 * 1024)} MB once read). Please check it holds only this period's return.");
        }
    }
}
