namespace SpReporting.Receipts;

/// <summary>The outcome of an upload as the receipt states it.</summary>
public enum ReceiptStatus
{
    Accepted,
    AcceptedWithWarnings,
    Rejected,
}
