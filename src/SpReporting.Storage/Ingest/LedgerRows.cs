using SpReporting.Receipts;
using SpReporting.Returns;
using SpReporting.Storage.Ledger;
using SpReporting.Storage.Receipts;
using SpReporting.Validation;

namespace SpReporting.Storage.Ingest;

/// <summary>How ingest turns an upload and its outcome into a ledger row.</summary>
internal static class LedgerRows
{
    public static (string Partition, string Row) KeysFor(UploadIdentity id) =>
        UploadPath.TryParse(id.BlobName, out var path, out _) && path is not null
            ? (LedgerKeys.Partition(path), LedgerKeys.UploadRow(path.OrganisationCode, id.Key))
            : (LedgerKeys.UnparsedPartition, id.Key);

    /// <summary>Distinct finding codes, sorted: enough to count problems without holding any value.</summary>
    public static string FindingCodes(ValidationOutcome outcome) =>
        string.Join(',', outcome.Findings.Shown.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));

    public static LedgerEntry Entry(string partition, string row, UploadContent upload, UploadPath? path, ValidationOutcome outcome, Receipt receipt, string? curatedBlob)
    {
        var id = upload.Identity;
        return new LedgerEntry(
            partition, row, id.BlobName, id.UploadId, id.Key, id.ReceivedAt,
            path is null ? null : path.Kind == ReturnKind.Pcn ? "pcn" : "icb",
            path?.OrganisationCode, path is null ? null : LedgerKeys.CanonicalPeriod(path),
            upload.Sha256, upload.SizeBytes, receipt.Status, receipt.Late, receipt.Current, receipt.Counts,
            outcome.Findings.ErrorCount, outcome.Findings.WarningCount, FindingCodes(outcome),
            ReceiptStore.UploadBlobName(receipt.Upload, id.Key), ReceiptStore.LatestBlobName(receipt.Upload), curatedBlob);
    }
}
