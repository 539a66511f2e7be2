using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using SpReporting.Storage;

namespace SpReporting.Functions;

/// <summary>
/// Builds the storage clients from the same settings the Functions host uses for
/// <c>AzureWebJobsStorage</c>: a connection string (Azurite, local), or identity-based settings
/// (<c>AzureWebJobsStorage__blobServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential</c>,
/// <c>__clientId</c>) with a managed identity in Azure, where shared keys are disabled.
/// </summary>
public static class StorageClients
{
    public const string Connection = "AzureWebJobsStorage";

    public static StorageAccount Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[Connection];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return StorageAccount.FromConnectionString(connectionString);
        }
        var section = configuration.GetSection(Connection);
        var blobUri = section["blobServiceUri"] ?? FromAccountName(section["accountName"], "blob")
            ?? throw new InvalidOperationException($"Set {Connection} (a connection string) or {Connection}__blobServiceUri and {Connection}__tableServiceUri.");
        var tableUri = section["tableServiceUri"] ?? FromAccountName(section["accountName"], "table")
            ?? throw new InvalidOperationException($"Set {Connection}__tableServiceUri as well as {Connection}__blobServiceUri.");
        var credential = Credential(section["credential"], section["clientId"]);
        return new StorageAccount(new BlobServiceClient(new Uri(blobUri), credential), new TableServiceClient(new Uri(tableUri), credential));
    }

    private static TokenCredential Credential(string? kind, string? clientId)
    {
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrWhiteSpace(clientId))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }
        return new DefaultAzureCredential();
    }

    private static string? FromAccountName(string? account, string service) =>
        string.IsNullOrWhiteSpace(account) ? null : $"https://{account}.{service}.core.windows.net";
}
