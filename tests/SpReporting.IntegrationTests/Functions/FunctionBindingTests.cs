using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using SpReporting.Functions;

namespace SpReporting.IntegrationTests.Functions;

/// <summary>The trigger binding as the host reads it, and the storage settings Program.cs understands.</summary>
public sealed class FunctionBindingTests
{
    [Fact]
    public void IngestReturn_is_an_Event_Grid_blob_trigger_on_returns()
    {
        var method = typeof(IngestReturn).GetMethod(nameof(IngestReturn.RunAsync))!;
        Assert.Equal(nameof(IngestReturn), method.GetCustomAttribute<FunctionAttribute>()!.Name);
        var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<BlobTriggerAttribute>()).Single(a => a is not null)!;
        Assert.Equal("returns/{name}", trigger.BlobPath);
        Assert.Equal(BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
        Assert.Contains(method.GetParameters(), p => p.Name == "name" && p.ParameterType == typeof(string));
    }

    [Fact]
    public void A_connection_string_setting_gives_clients_for_that_account()
    {
        var storage = StorageClients.Create(Config(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }));
        Assert.Equal("devstoreaccount1", storage.Blobs.AccountName);
        Assert.Equal("devstoreaccount1", storage.Tables.AccountName);
    }

    [Fact]
    public void Identity_based_settings_give_clients_for_the_service_uris()
    {
        var storage = StorageClients.Create(Config(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stsprtest.blob.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://stsprtest.table.core.windows.net",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }));
        Assert.Equal(new Uri("https://stsprtest.blob.core.windows.net"), storage.Blobs.Uri);
        Assert.Equal("stsprtest", storage.Tables.AccountName);
    }

    [Fact]
    public void Missing_settings_are_an_error_that_names_them()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageClients.Create(Config([])));
        Assert.Contains("AzureWebJobsStorage", e.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
