namespace SpReporting.Storage.Tables;

/// <summary>
/// A write that Azure Table storage would refuse (Azurite may not). Raised before any request is
/// sent, so a local run fails the same way production would.
/// </summary>
public sealed class TableLimitException(string message) : InvalidOperationException(message);
