using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// Every function in the built <c>functions.metadata</c> (what the host reads), with its trigger and
/// where it listens: nothing missing, nothing extra, and HTTP routes that match the methods' parameters.
/// </summary>
public sealed class FunctionsCatalogueTests
{
    private static readonly Dictionary<string, JsonElement> Functions = Load();

    private static Dictionary<string, JsonElement> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        return doc.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }

    private static JsonElement Trigger(string function) =>
        Functions[function].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    public static TheoryData<string, string, string> Http => new()
    {
        { "DownloadTemplate", "get", "templates/{kind}" },
        { "UploadReturn", "post", "returns/{kind}/{code}/{period}/{file}" },
        { "ReadReceipt", "get", "receipts/{kind}/{code}/{period}/{file}" },
        { "ListReceipts", "get", "receipts/{kind}/{code}" },
        { "DownloadExport", "get", "exports/{file}" },
        { "ServeDashboard", "get", "dashboard/{*path}" },
    };

    [Fact]
    public void The_app_has_exactly_these_functions_and_triggers()
    {
        var expected = new Dictionary<string, string>
        {
            ["IngestReturn"] = "blobTrigger",
            ["RefreshAggregates"] = "timerTrigger",
            ["SweepUploads"] = "timerTrigger",
            ["DownloadTemplate"] = "httpTrigger",
            ["UploadReturn"] = "httpTrigger",
            ["ReadReceipt"] = "httpTrigger",
            ["ListReceipts"] = "httpTrigger",
            ["DownloadExport"] = "httpTrigger",
            ["ServeDashboard"] = "httpTrigger",
        };
        Assert.Equal(expected.OrderBy(p => p.Key), Functions.Keys.Order().Select(k => KeyValuePair.Create(k, Trigger(k).GetProperty("type").GetString()!)));
    }

    [Fact]
    public void Blob_trigger_listens_on_returns_through_event_grid_and_the_timer_on_its_setting()
    {
        var blob = Trigger("IngestReturn");
        Assert.Equal("returns/{name}", blob.GetProperty("path").GetString());
        Assert.Equal("EventGrid", blob.GetProperty("source").GetString());
        Assert.Equal("AzureWebJobsStorage", blob.GetProperty("connection").GetString());
        Assert.Equal("%REFRESH_SCHEDULE%", Trigger("RefreshAggregates").GetProperty("schedule").GetString());
        Assert.Equal("%SWEEP_SCHEDULE%", Trigger("SweepUploads").GetProperty("schedule").GetString());
    }

    [Theory]
    [MemberData(nameof(Http))]
    public void Http_function_has_its_route_method_and_an_http_response(string function, string method, string route)
    {
        var trigger = Trigger(function);
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
        // Anonymous at the function level: Easy Auth authenticates, the function authorises (docs/deployment.md).
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        var output = Functions[function].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "Out");
        Assert.Equal("http", output.GetProperty("type").GetString());
        Assert.Equal("$return", output.GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Http))]
    public void Every_route_value_is_a_parameter_of_the_function_method(string function, string method, string route)
    {
        Assert.NotEmpty(method);
        var run = typeof(SpReporting.Functions.Http.UploadReturn).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Single(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == function);
        var names = run.GetParameters().Select(p => p.Name).ToHashSet();
        foreach (var segment in route.Split('/').Where(s => s.StartsWith('{')))
        {
            Assert.Contains(segment.Trim('{', '}', '*'), names);
        }
    }
}
