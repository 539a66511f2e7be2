using SpReporting.Returns;

namespace SpReporting.Functions.Http;

/// <summary>
/// Routes of the HTTP front door (under the host's <c>api/</c> prefix). Kept here so a receipt
/// location and the route that serves it cannot drift apart.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Template = "templates/{kind}";
    public const string Upload = "returns/{kind}/{code}/{period}/{file}";
    public const string Receipt = "receipts/{kind}/{code}/{period}/{file}";
    public const string Receipts = "receipts/{kind}/{code}";
    public const string Export = "exports/{file}";
    public const string Dashboard = "dashboard/{*path}";

    /// <summary>Where the receipt for an upload path will be: <c>/api/receipts/pcn/U12345/2024-03/return.xlsx</c>.</summary>
    public static string ReceiptLocation(UploadPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return $"/{Prefix}/receipts/{path.ToString().Split('/').Select(Uri.EscapeDataString).Aggregate((a, b) => $"{a}/{b}")}";
    }
}
