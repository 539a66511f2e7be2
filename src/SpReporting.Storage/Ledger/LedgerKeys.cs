using SpReporting.Returns;
using SpReporting.Storage.Tables;

namespace SpReporting.Storage.Ledger;

/// <summary>
/// Keys of the submissions ledger (docs/storage.md). PartitionKey = the period (<c>pcn_2024-03</c>,
/// <c>icb_2024-Q1</c>), so "every return for a period" is one partition scan. In it, RowKey
/// <c>{code}</c> is the current-upload pointer of an organisation and <c>{code}|{uploadKey}</c> one
/// row per upload, so an organisation's uploads are one range query, in upload order.
/// Uploads whose path cannot be parsed live in partition <see cref="UnparsedPartition"/>.
/// </summary>
public static class LedgerKeys
{
    public const string UnparsedPartition = "unparsed";

    public static string PeriodKey(ReturnKind kind, string period) =>
        $"{(kind == ReturnKind.Pcn ? "pcn" : "icb")}_{KeyText.Encode(period)}";

    public static string Partition(UploadPath path) => PeriodKey(path.Kind, CanonicalPeriod(path));

    /// <summary>The period as the project writes it (<c>2024-Q1</c>, not <c>2024-q1</c>), or as given if it is not a period.</summary>
    public static string CanonicalPeriod(UploadPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Month?.ToString() ?? path.Quarter?.ToString() ?? path.Period;
    }

    public static string Pointer(string organisationCode) => KeyText.Encode(organisationCode);

    public static string UploadRow(string organisationCode, string uploadKey) =>
        $"{KeyText.Encode(organisationCode)}{KeyText.Separator}{uploadKey}";

    /// <summary>OData filter for every upload row of one organisation in one period.</summary>
    public static string UploadsFilter(string partition, string organisationCode)
    {
        var code = KeyText.Encode(organisationCode);
        return $"PartitionKey eq '{partition}' and RowKey gt '{code}{KeyText.Separator}' and RowKey lt '{code}{KeyText.AfterSeparator}'";
    }
}
