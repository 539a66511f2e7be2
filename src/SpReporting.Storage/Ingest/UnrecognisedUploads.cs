namespace SpReporting.Storage.Ingest;

/// <summary>
/// Where the receipt of an upload whose blob name is not a return path goes: under
/// <c>receipts/unrecognised/{uploadKey}</c>, never under the name itself, which may hold anything
/// (docs/validation.md, "Upload paths"). The ledger row keeps the name for administrators.
/// </summary>
public static class UnrecognisedUploads
{
    public const string Prefix = "unrecognised";

    public static string ReceiptPath(string uploadKey) => $"{Prefix}/{uploadKey}";
}
