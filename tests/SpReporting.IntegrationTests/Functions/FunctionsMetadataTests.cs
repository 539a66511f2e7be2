using System.Text.Json;

namespace SpReporting.IntegrationTests.Functions;

/// <summary>The bindings as the build wrote them into functions.metadata, which is what the host reads.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly JsonElement[] Functions = Load();

    private static JsonElement[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static JsonElement Binding(string function) =>
        Functions.Single(f => f.GetProperty("name").GetString() == function).GetProperty("bindings").EnumerateArray().Single();

    [Fact]
    public void IngestReturn_is_a_blob_trigger_on_returns_with_the_event_grid_source()
    {
        var b = Binding("IngestReturn");
        Assert.Equal("blobTrigger", b.GetProperty("type").GetString());
        Assert.Equal("returns/{name}", b.GetProperty("path").GetString());
        Assert.Equal("EventGrid", b.GetProperty("source").GetString());
        Assert.Equal("AzureWebJobsStorage", b.GetProperty("connection").GetString());
    }

    [Fact]
    public void RefreshAggregates_is_a_timer_trigger_on_the_schedule_setting()
    {
        var b = Binding("RefreshAggregates");
        Assert.Equal("timerTrigger", b.GetProperty("type").GetString());
        Assert.Equal("%REFRESH_SCHEDULE%", b.GetProperty("schedule").GetString());
    }
}
