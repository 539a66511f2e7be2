using System.Diagnostics;
using System.Text.RegularExpressions;
using SpReporting.Dashboard;
using SpReporting.Storage;
using SpReporting.Storage.Local;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// The deployment as code, for what docs/deployment.md promises: sign-in is required unless a closed
/// test is asked for, the dashboard's assets are build output, the hooks check the subscription and
/// fail with the real cause, old blob versions expire (never uploads), no <c>$web</c>, least privilege.
/// </summary>
public sealed partial class DeploymentSafetyTests
{
    private static readonly string Root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Repository root not found.");

    private static string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    [Fact]
    public void Provisioning_refuses_an_app_without_sign_in_unless_a_closed_test_is_asked_for()
    {
        var main = Read("infra/main.bicep");
        Assert.Matches(@"(?m)^param allowNoSignIn bool = false$", main);
        Assert.Matches(@"(?m)^param authClientId string = ''$", main);
        // The guard: no client id and no explicit closed test stops the deployment with a reason.
        Assert.Matches(@"var signInClientId = !empty\(authClientId\) \|\| allowNoSignIn\s+\? authClientId\s+: fail\('AUTH_CLIENT_ID is empty", main);
        // Easy Auth is configured from the guarded value, so the guard is evaluated on every deployment.
        Assert.Matches(@"module auth 'modules/auth\.bicep' = if \(!empty\(signInClientId\)\)", main);
        Assert.DoesNotMatch(@"if \(!empty\(authClientId\)\)", main);
        var parameters = Read("infra/main.parameters.json");
        Assert.Contains("\"allowNoSignIn\": { \"value\": \"${ALLOW_NO_SIGN_IN=false}\" }", parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_output_carries_the_dashboard_sources_and_not_the_repository_layout()
    {
        var output = AppContext.BaseDirectory;
        var sources = SiteSources.In(output);
        Assert.True(File.Exists(Path.Combine(sources.Dashboard, "index.html")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(sources.NodeModules, "nhsuk-frontend", "dist", "nhsuk", "assets", "images")));
        // The sources are found in the program's own folder, never by looking for the repository
        // (tools/check-publish.sh checks a fresh `dotnet publish` holds no package.json or node_modules).
        Assert.DoesNotContain("package.json", Read("src/SpReporting/Dashboard/SiteSources.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Site_sources_name_the_missing_file_when_a_build_lacks_one()
    {
        var empty = Directory.CreateTempSubdirectory("spr-no-assets-").FullName;
        try
        {
            var e = Assert.Throws<FileNotFoundException>(() => SiteSources.In(empty));
            Assert.Contains("dashboard/index.html", e.Message.Replace('\\', '/'), StringComparison.Ordinal);
        }
        finally { Directory.Delete(empty, recursive: true); }
    }

    [Fact]
    public void A_missing_asset_fails_the_build_naming_the_file_and_npm_ci()
    {
        var targets = Read("build/SiteAssets.targets");
        Assert.Contains("<Target Name=\"CheckSiteAssets\" BeforeTargets=\"BeforeBuild;PrepareForPublish\">", targets, StringComparison.Ordinal);
        foreach (var required in SiteSources.Required.Where(r => r.StartsWith("node_modules/", StringComparison.Ordinal)))
        {
            Assert.Contains(required["node_modules/".Length..], targets, StringComparison.Ordinal);
        }
        Assert.Matches("<Error Condition=\"!Exists\\('%\\(SiteVendorFile.FullPath\\)'\\)\" Text=\"Dashboard asset missing: %\\(SiteVendorFile.FullPath\\)\\. Run 'npm ci'", targets);
        foreach (var project in new[] { "functions/SpReporting.Functions.csproj", "src/SpReporting.Cli/SpReporting.Cli.csproj" })
        {
            var text = Read(project);
            Assert.Contains("build/SiteAssets.targets\" />", text, StringComparison.Ordinal);
            Assert.DoesNotContain("node_modules", text, StringComparison.Ordinal);
            Assert.DoesNotContain("package.json", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Azd_restores_the_npm_packages_before_packaging_on_both_shells()
    {
        var yaml = Read("azure.yaml");
        var prepackage = yaml[yaml.IndexOf("  prepackage:", StringComparison.Ordinal)..yaml.IndexOf("  postdeploy:", StringComparison.Ordinal)];
        Assert.Matches(@"posix:\s+shell: sh\s+run: npm ci", prepackage);
        Assert.Matches(@"windows:\s+shell: pwsh\s+run: npm ci", prepackage);
        Assert.Equal(2, Regex.Matches(prepackage, "continueOnError: false").Count);
    }

    [Theory]
    [InlineData("infra/scripts/postdeploy.sh")]
    [InlineData("infra/scripts/postdeploy.ps1")]
    public void Every_az_call_in_the_hook_names_the_azd_subscription_and_no_error_is_swallowed(string script)
    {
        var text = Read(script);
        var calls = AzCall().Matches(text.Replace("\\\n", " ", StringComparison.Ordinal).Replace("`\n", " ", StringComparison.Ordinal)).Select(m => m.Value).ToList();
        Assert.True(calls.Count >= 4, $"{calls.Count} az calls found");
        Assert.All(calls, c => Assert.Contains("--subscription", c, StringComparison.Ordinal));
        Assert.Contains(calls, c => c.StartsWith("az account show --subscription", StringComparison.Ordinal));
        Assert.DoesNotContain("|| true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2>/dev/null ||", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2>$null", text, StringComparison.Ordinal);
        Assert.Contains("--deadletter-identity-endpoint", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_posix_hook_stops_with_the_real_cause_when_az_is_missing_or_logged_in_elsewhere()
    {
        if (OperatingSystem.IsWindows()) { return; } // the POSIX hook; the project's CI runs on Linux
        var bin = Directory.CreateTempSubdirectory("spr-fake-az-").FullName;
        try
        {
            var missing = RunHook(bin);
            Assert.NotEqual(0, missing.ExitCode);
            Assert.Contains("the Azure CLI (az) is not installed", missing.Error, StringComparison.Ordinal);

            // An az that is logged in, but not to the subscription azd deployed to.
            var az = Path.Combine(bin, "az");
            File.WriteAllText(az, "#!/bin/sh\necho \"ERROR: Subscription 'sub-from-azd' not found. Check the spelling and casing and try again.\" >&2\nexit 1\n");
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var elsewhere = RunHook(bin);
            Assert.NotEqual(0, elsewhere.ExitCode);
            Assert.Contains("az cannot use subscription sub-from-azd", elsewhere.Error, StringComparison.Ordinal);
            Assert.Contains("Subscription 'sub-from-azd' not found", elsewhere.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("waiting for the blobs_extension key", elsewhere.Output, StringComparison.Ordinal);
        }
        finally { Directory.Delete(bin, recursive: true); }
    }

    [Fact]
    public void Old_versions_of_rewritten_blobs_expire_but_uploads_are_kept()
    {
        var main = Read("infra/main.bicep");
        var expiring = Quoted().Matches(Line(main, "var expiringVersionContainers = ")).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Superset(new HashSet<string> { StorageNames.SiteContainer, StorageNames.ExportsContainer, StorageNames.ReceiptsContainer, StorageNames.CuratedContainer }, expiring);
        Assert.DoesNotContain(StorageNames.ReturnsContainer, expiring);
        var storage = Read("infra/modules/storage.bicep");
        Assert.Contains("'Microsoft.Storage/storageAccounts/managementPolicies@", storage, StringComparison.Ordinal);
        Assert.Matches(@"prefixMatch: \[for container in expiringVersionContainers: '\$\{container\}/'\]", storage);
        Assert.Matches(@"version: \{\s+delete: \{\s+daysAfterCreationGreaterThan: nonCurrentVersionDays", storage);
        Assert.Matches(@"isVersioningEnabled: true", storage);
    }

    [Fact]
    public void The_dashboard_lives_in_a_private_container_and_nothing_uses_dollar_web()
    {
        Assert.Equal("site", StorageNames.SiteContainer);
        var files = new[] { "infra", "functions", "src" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Root, d), "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sh", StringComparison.Ordinal) || f.EndsWith(".ps1", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.Empty(files.Where(f => File.ReadAllText(f).Contains("$web", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(Root, f)));
        Assert.Matches(@"publicAccess: 'None'", Read("infra/modules/storage.bicep"));
    }

    [Fact]
    public void The_deployer_gets_table_data_rights_on_the_submitters_table_only_as_the_principal_type_given()
    {
        var main = Read("infra/main.bicep");
        Assert.Matches(@"@allowed\(\['User', 'ServicePrincipal'\]\)\s+param principalType string = 'User'", main);
        Assert.Contains("userPrincipalType: principalType", main, StringComparison.Ordinal);
        Assert.Contains("\"principalType\": { \"value\": \"${AZURE_PRINCIPAL_TYPE=User}\" }", Read("infra/main.parameters.json"), StringComparison.Ordinal);
        var rbac = Read("infra/modules/rbac.bicep");
        var user = rbac[rbac.IndexOf("resource userSubmitters", StringComparison.Ordinal)..];
        Assert.Contains("scope: storage::tableService::submitters", user, StringComparison.Ordinal);
        Assert.Contains("principalType: userPrincipalType", user, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(rbac, "principalId: userPrincipalId"));
        Assert.DoesNotContain("storageBlobDataContributor", rbac, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_grid_dead_letters_with_the_topic_identity_and_an_existing_topic_can_be_reused()
    {
        var eventGrid = Read("infra/modules/eventgrid.bicep");
        Assert.Matches(@"identity: \{\s+type: 'SystemAssigned'", eventGrid);
        Assert.Contains("scope: storage::blobService::deadLetters", eventGrid, StringComparison.Ordinal);
        Assert.Contains("= if (!reuseExisting)", eventGrid, StringComparison.Ordinal);
        Assert.Contains("existing = if (reuseExisting)", eventGrid, StringComparison.Ordinal);
        var main = Read("infra/main.bicep");
        Assert.Contains("'eventgrid-deadletters'", main, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^output EVENTGRID_DEADLETTER_CONTAINER_ID ", main);
    }

    [Fact]
    public void The_location_is_one_of_the_flex_consumption_regions()
    {
        var main = Read("infra/main.bicep");
        var block = main[main.IndexOf("@allowed([", StringComparison.Ordinal)..main.IndexOf("param location string", StringComparison.Ordinal)];
        var regions = Quoted().Matches(block).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("uksouth", regions);
        Assert.Contains("ukwest", regions);
        Assert.True(regions.Count >= 20, $"{regions.Count} regions");
    }

    [Fact]
    public void Shell_scripts_are_checked_out_with_lf_line_endings()
    {
        Assert.Matches(@"(?m)^\*\.sh\s+text\s+eol=lf\s*$", Read(".gitattributes"));
    }

    private static (int ExitCode, string Output, string Error) RunHook(string pathWithAz)
    {
        var start = new ProcessStartInfo("/bin/sh", [Path.Combine(Root, "infra/scripts/postdeploy.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = $"{pathWithAz}:/nonexistent";
        start.Environment["AZURE_SUBSCRIPTION_ID"] = "sub-from-azd";
        start.Environment["RESOURCE_GROUP"] = "rg-test";
        start.Environment["AZURE_FUNCTION_APP_NAME"] = "func-test";
        start.Environment["EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgst-test";
        start.Environment["EVENTGRID_DEADLETTER_CONTAINER_ID"] = "/subscriptions/x/containers/eventgrid-deadletters";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static string Line(string text, string start) => text.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));

    /// <summary>An az command up to the end of its (joined) line.</summary>
    [GeneratedRegex(@"\baz (?:account|functionapp|eventgrid|storage|role|resource|webapp) [^\n]*")]
    private static partial Regex AzCall();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
