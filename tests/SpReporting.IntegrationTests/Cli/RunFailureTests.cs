using SpReporting.Cli;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Sampling;
using SpReporting.Storage.Control;
using SpReporting.Storage.Local;
using SpReporting.Storage.Refresh;

namespace SpReporting.IntegrationTests.Cli;

/// <summary>
/// <c>spr run</c> when things go wrong: a manifest that points outside DIR or is malformed (exit 2,
/// nothing written outside OUT), another refresh holding the lease (exit 1, nothing published, a
/// rerun publishes), and the storage going away mid-run (a summary and exit 1, and a rerun
/// completes the work). PCN U02454 and 2023-08/09 are this class's own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RunFailureTests(AzuriteFixture fixture) : IDisposable
{
    private const string Pcn = "U02454";
    private readonly string _dir = Directory.CreateTempSubdirectory("spr-run-failure-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("../outside/pcn/U02454/2023-08/return.zip")]
    [InlineData("/ABSOLUTE/pcn/U02454/2023-08/return.zip")]
    public async Task A_manifest_path_outside_DIR_is_exit_2_and_nothing_is_read_or_written_outside(string manifestPath)
    {
        var month = new Month(2023, 8);
        var input = Path.Combine(_dir, "in");
        var outside = Path.Combine(_dir, "outside", "pcn", Pcn, month.ToString(), "return.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllBytes(outside, TestReturns.Valid(month, pcn: Pcn));
        var path = manifestPath.Replace("/ABSOLUTE", Path.Combine(_dir, "outside"), StringComparison.Ordinal);
        WriteManifest(input, [new SampleFile(path, month.Start.ToDateTime(TimeOnly.MinValue).ToUniversalTime(), SampleFileKind.Valid, false, null, null, null)]);
        var before = Files(_dir);
        var output = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = await Spr("run", input, "--out", output, "--storage", fixture.ConnectionString);

        Assert.True(code == CommandLine.Usage, stdout + stderr);
        Assert.Contains("manifest.json, file 1", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Files(_dir).Where(f => !f.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
        Assert.False(await fixture.Storage.Returns.GetBlobClient($"pcn/{Pcn}/{month}/return.zip").ExistsAsync());
    }

    [Fact]
    public async Task A_manifest_without_missing_is_exit_2_naming_the_field()
    {
        var input = Path.Combine(_dir, "in");
        WriteManifest(input, []);
        var manifest = Path.Combine(input, SampleManifest.FileName);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json.Remove("missing");
        File.WriteAllText(manifest, json.ToJsonString());

        var (code, stdout, stderr) = await Spr("run", input, "--out", Path.Combine(_dir, "out"), "--storage", fixture.ConnectionString);

        Assert.True(code == CommandLine.Usage, stdout + stderr);
        Assert.Contains("'missing'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_lease_held_by_another_run_fails_the_run_without_publishing_and_a_rerun_publishes()
    {
        var month = new Month(2023, 9);
        var input = Path.Combine(_dir, "in");
        Write(input, $"pcn/{Pcn}/{month}/return.zip", TestReturns.Valid(month, pcn: Pcn));
        var output = Path.Combine(_dir, "out");
        var control = new ControlStore(fixture.Storage.Control);
        Assert.True(await control.TryAcquireLeaseAsync(RefreshService.LeaseName, "another-run", TimeSpan.FromMinutes(15), DateTimeOffset.UtcNow));
        try
        {
            var (code, stdout, stderr) = await Spr("run", input, "--out", output, "--storage", fixture.ConnectionString, "--lease-wait", "3");

            Assert.True(code == CommandLine.Failed, stdout + stderr);
            Assert.Contains("Not done: refresh", stdout, StringComparison.Ordinal);
            Assert.Contains("waiting for it", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(output, "exports", "metrics.csv")));
        }
        finally
        {
            await control.ReleaseLeaseAsync(RefreshService.LeaseName, "another-run");
        }

        var rerun = await Spr("run", input, "--out", output, "--storage", fixture.ConnectionString);
        Assert.True(rerun.Code == CommandLine.Ok, rerun.Stdout + rerun.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "exports", "metrics.csv")));
    }

    [Fact]
    public async Task Losing_storage_mid_run_ends_with_a_summary_and_exit_1_and_a_rerun_completes_the_work()
    {
        var input = Path.Combine(_dir, "in");
        var months = Enumerable.Range(0, 12).Select(i => new Month(2022, 1).AddMonths(i)).ToList();
        foreach (var m in months) { Write(input, $"pcn/{Pcn}/{m}/return.zip", TestReturns.Valid(m, pcn: Pcn)); }
        var output = Path.Combine(_dir, "out");

        var azurite = await AzuriteHost.StartAsync(TimeSpan.FromSeconds(90));
        using var stderr = new KillingWriter("spr run: ingest", azurite.Dispose);
        using var stdout = new StringWriter();
        var run = CommandLine.RunAsync(["run", input, "--out", output, "--storage", azurite.ConnectionString], stdout, stderr);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(4)));

        Assert.True(finished == run, "the run did not end within 4 minutes of losing its storage");
        Assert.True(stderr.Fired, stderr.ToString());
        Assert.Equal(CommandLine.Failed, await run);
        Assert.Contains("uploads ingested", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("storage could not be reached", stdout.ToString(), StringComparison.Ordinal);

        await using var again = await AzuriteHost.StartAsync(TimeSpan.FromSeconds(90));
        var rerun = await Spr("run", input, "--out", output, "--storage", again.ConnectionString);
        Assert.True(rerun.Code == CommandLine.Ok, rerun.Stdout + rerun.Stderr);
        Assert.All(months, m => Assert.True(File.Exists(Path.Combine(output, "receipts", "pcn", Pcn, m.ToString(), "return.zip.json"))));
    }

    /// <summary>A stderr that pulls the plug on storage the first time a progress line starts with the given text.</summary>
    private sealed class KillingWriter(string trigger, Action kill) : StringWriter
    {
        public bool Fired { get; private set; }

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (Fired || value is null || !value.StartsWith(trigger, StringComparison.Ordinal)) { return; }
            Fired = true;
            kill();
        }
    }

    private static List<string> Files(string root) => [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static void WriteManifest(string input, IReadOnlyList<SampleFile> files)
    {
        Directory.CreateDirectory(input);
        using var s = File.Create(Path.Combine(input, SampleManifest.FileName));
        new SampleManifest(1, new Month(2023, 8), 1, DateTimeOffset.UtcNow, files, []).Write(s);
    }

    private static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Spr(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
