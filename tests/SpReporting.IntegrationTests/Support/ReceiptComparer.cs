using SpReporting.Receipts;

namespace SpReporting.IntegrationTests.Support;

/// <summary>Receipts compared by their JSON, since records holding lists compare lists by reference.</summary>
public sealed class ReceiptComparer : IEqualityComparer<Receipt?>
{
    public static ReceiptComparer Instance { get; } = new();

    public bool Equals(Receipt? x, Receipt? y) =>
        x is null || y is null ? ReferenceEquals(x, y) : ReceiptJson.Serialize(x) == ReceiptJson.Serialize(y);

    public int GetHashCode(Receipt? obj) => obj is null ? 0 : ReceiptJson.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}
