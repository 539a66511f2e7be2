using System.Text.Json;
using Azure.Data.Tables;
using SpReporting.Receipts;

namespace SpReporting.Storage.Ledger;

/// <summary>
/// One upload in the submissions ledger: what arrived, what validation said (status, counts, finding
/// codes, never values), whether it is the current upload for its organisation-period, and where its
/// receipt and curated record are. Immutable; mapped to and from a table row.
/// </summary>
public sealed record LedgerEntry(
    string Partition,
    string Row,
    string Upload,
    string UploadId,
    string UploadKey,
    DateTimeOffset ReceivedAt,
    string? Kind,
    string? OrganisationCode,
    string? Period,
    string Sha256,
    long SizeBytes,
    ReceiptStatus Status,
    bool Late,
    bool Current,
    IReadOnlyDictionary<string, int> Counts,
    int ErrorCount,
    int WarningCount,
    string FindingCodes,
    string ReceiptBlob,
    string LatestReceiptBlob,
    string? CuratedBlob)
{
    public const string RowTypeUpload = "upload";

    public bool Accepted => Status != ReceiptStatus.Rejected;

    public static string StatusText(ReceiptStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public TableEntity ToEntity()
    {
        var e = new TableEntity(Partition, Row)
        {
            ["RowType"] = RowTypeUpload,
            ["Upload"] = Upload,
            ["UploadId"] = UploadId,
            ["UploadKey"] = UploadKey,
            ["ReceivedAt"] = ReceivedAt.ToUniversalTime(),
            ["Sha256"] = Sha256,
            ["SizeBytes"] = SizeBytes,
            ["Status"] = StatusText(Status),
            ["Late"] = Late,
            ["Current"] = Current,
            ["Counts"] = JsonSerializer.Serialize(Counts),
            ["ErrorCount"] = ErrorCount,
            ["WarningCount"] = WarningCount,
            ["FindingCodes"] = FindingCodes,
            ["ReceiptBlob"] = ReceiptBlob,
            ["LatestReceiptBlob"] = LatestReceiptBlob,
        };
        if (Kind is not null) { e["Kind"] = Kind; }
        if (OrganisationCode is not null) { e["OrganisationCode"] = OrganisationCode; }
        if (Period is not null) { e["Period"] = Period; }
        if (CuratedBlob is not null) { e["CuratedBlob"] = CuratedBlob; }
        return e;
    }

    public static LedgerEntry FromEntity(TableEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var status = Enum.GetValues<ReceiptStatus>().First(s => StatusText(s) == e.GetString("Status"));
        return new LedgerEntry(
            e.PartitionKey, e.RowKey,
            e.GetString("Upload"), e.GetString("UploadId"), e.GetString("UploadKey"),
            e.GetDateTimeOffset("ReceivedAt") ?? default,
            e.GetString("Kind"), e.GetString("OrganisationCode"), e.GetString("Period"),
            e.GetString("Sha256"), e.GetInt64("SizeBytes") ?? 0, status,
            e.GetBoolean("Late") ?? false, e.GetBoolean("Current") ?? false,
            JsonSerializer.Deserialize<Dictionary<string, int>>(e.GetString("Counts") ?? "{}") ?? [],
            e.GetInt32("ErrorCount") ?? 0, e.GetInt32("WarningCount") ?? 0,
            e.GetString("FindingCodes") ?? "",
            e.GetString("ReceiptBlob"), e.GetString("LatestReceiptBlob"), e.GetString("CuratedBlob"));
    }
}
