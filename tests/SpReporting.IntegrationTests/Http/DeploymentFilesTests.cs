using System.Text.RegularExpressions;
using SpReporting.Storage;
using SpReporting.Storage.Local;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// azure.yaml, the hook scripts and main.bicep agree with each other and with the code: the hooks
/// exist, every azd value the scripts read is a Bicep output, and the containers and tables the
/// infrastructure creates are the ones the code names.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Repository root not found.");

    private static string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_and_its_hooks_exist()
    {
        var yaml = Read("azure.yaml");
        Assert.Matches(@"(?m)^\s+project: \./functions\s*$", yaml);
        Assert.Matches(@"(?m)^\s+host: function\s*$", yaml);
        var hooks = RunLine().Matches(yaml).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, hooks.Count);
        foreach (var hook in hooks) { Assert.True(File.Exists(Path.Combine(Root, hook)), $"{hook} is missing"); }
        var posix = new FileInfo(Path.Combine(Root, "infra/scripts/postdeploy.sh"));
        Assert.True(posix.UnixFileMode.HasFlag(UnixFileMode.UserExecute), "postdeploy.sh is not executable");
    }

    [Fact]
    public void Every_azd_value_the_hook_reads_is_a_bicep_output()
    {
        var outputs = Output().Matches(Read("infra/main.bicep")).Select(m => m.Groups[1].Value).ToHashSet();
        var used = EnvRead().Matches(Read("infra/scripts/postdeploy.sh")).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("EVENTGRID_SYSTEM_TOPIC_NAME", used);
        // azd sets these itself for every hook.
        Assert.Empty(used.Except(outputs).Except(["AZURE_SUBSCRIPTION_ID", "AZURE_ENV_NAME"]).Order());
    }

    [Fact]
    public void Infrastructure_creates_the_containers_and_tables_the_code_names()
    {
        var main = Read("infra/main.bicep");
        var containers = Quoted().Matches(Line(main, "var containers = ")).Select(m => m.Groups[1].Value).ToHashSet();
        var tables = Quoted().Matches(Line(main, "var tables = ")).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Subset(containers, StorageNames.Containers.ToHashSet());
        Assert.Equal(StorageNames.Tables.Order(), tables.Order());
    }

    [Fact]
    public void Platform_sign_in_is_declared_only_with_easy_auth_and_the_development_sign_in_never()
    {
        var main = Read("infra/main.bicep");
        Assert.Matches(@"(?m)^\s+PLATFORM_SIGNIN: empty\(signInClientId\) \? '' : 'EasyAuth'\s*$", main);
        Assert.Matches(@"(?m)^module auth 'modules/auth\.bicep' = if \(!empty\(signInClientId\)\)", main);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "infra"), "*", SearchOption.AllDirectories).Append(Path.Combine(Root, "azure.yaml")))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("SPR_DEV_SIGNIN", text, StringComparison.Ordinal);
            if (!file.EndsWith("main.bicep", StringComparison.Ordinal)) { Assert.DoesNotContain("PLATFORM_SIGNIN", text, StringComparison.Ordinal); }
        }
    }

    private static string Line(string text, string start) => text.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));

    [GeneratedRegex(@"(?m)^\s+run: \./(\S+)\s*$")]
    private static partial Regex RunLine();

    [GeneratedRegex(@"(?m)^output (\w+) ")]
    private static partial Regex Output();

    [GeneratedRegex(@"\$\{([A-Z][A-Z0-9_]+)")]
    private static partial Regex EnvRead();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
