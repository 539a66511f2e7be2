using System.Text.Json;
using System.Text.RegularExpressions;
using SpReporting.Functions.Http;
using SpReporting.Storage.Local;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// host.json as built, and <c>functions/local.settings.example.json</c> against what the code and
/// the infrastructure actually use: a setting read or set anywhere but documented nowhere fails.
/// </summary>
public sealed partial class SettingsTests
{
    private static readonly string Root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Repository root not found.");

    private static HashSet<string> Documented()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "functions", "local.settings.example.json")));
        return [.. doc.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name),
                .. doc.RootElement.GetProperty("Documentation").EnumerateObject().Select(p => p.Name)];
    }

    private static IEnumerable<string> Sources() =>
        new[] { "functions", "src" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void Every_setting_the_code_reads_is_documented()
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Sources().Select(File.ReadAllText))
        {
            read.UnionWith(GetValue().Matches(text).Select(m => m.Groups[1].Value));
            read.UnionWith(Placeholder().Matches(text).Select(m => m.Groups[1].Value));
            read.UnionWith(SectionKey().Matches(text).Select(m => $"AzureWebJobsStorage__{m.Groups[1].Value}"));
        }
        Assert.Contains("REFRESH_SCHEDULE", read); // the scan itself works
        Assert.Contains("AzureWebJobsStorage__clientId", read);
        Assert.Empty(read.Except(Documented()).Order());
    }

    [Fact]
    public void Every_app_setting_the_infrastructure_sets_is_documented()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, block) in new[] { ("infra/modules/functionapp.bicep", "var baseSettings = {"), ("infra/main.bicep", "appSettings: {") })
        {
            var text = File.ReadAllText(Path.Combine(Root, file));
            var start = text.IndexOf(block, StringComparison.Ordinal);
            Assert.True(start >= 0, $"{block} not found in {file}");
            var body = text[(start + block.Length)..text.IndexOf('}', start)];
            set.UnionWith(BicepKey().Matches(body).Select(m => m.Groups[1].Value));
        }
        Assert.Contains("AzureWebJobsStorage__credential", set);
        Assert.Contains("REFRESH_SCHEDULE", set);
        Assert.Empty(set.Except(Documented()).Order());
    }

    [Fact]
    public void Host_json_sets_poison_threshold_timeout_logging_and_the_api_prefix()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        var host = doc.RootElement;
        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal(TimeSpan.FromMinutes(10), TimeSpan.Parse(host.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(host.GetProperty("extensions").GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32(), 1, 5);
        Assert.Equal(ApiRoutes.Prefix, host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        var levels = host.GetProperty("logging").GetProperty("logLevel");
        Assert.Equal("Information", levels.GetProperty("default").GetString());
        Assert.Equal("Information", levels.GetProperty("Function").GetString());
    }

    [GeneratedRegex("""(?<!Try)GetValue(?:<[^>]+>)?\(\s*"([A-Za-z0-9_]+)"\s*,""")]
    private static partial Regex GetValue();

    [GeneratedRegex("Trigger\\(\\s*\"%([A-Za-z0-9_]+)%\"")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""section\["([A-Za-z]+)"\]""")]
    private static partial Regex SectionKey();

    [GeneratedRegex("""^\s*([A-Za-z][A-Za-z0-9_]*)\s*:""", RegexOptions.Multiline)]
    private static partial Regex BicepKey();
}
