using System.Text.Json;
using SpReporting.Cli;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Reference;
using SpReporting.Sampling;
using SpReporting.Validation;

namespace SpReporting.IntegrationTests.Cli;

/// <summary><c>spr run</c> and <c>spr demo</c> end to end: files on disk -> Azurite -> receipts in OUT.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RunCommandTests(AzuriteFixture fixture) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spr-run-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_uploads_in_name_order_ingests_and_writes_final_receipts_to_out()
    {
        var month = new Month(2023, 10);
        const string pcn = "U02454";
        var input = Path.Combine(_dir, "in");
        Write(input, $"pcn/{pcn}/{month}/return-v1.zip", TestReturns.Valid(month, pcn: pcn));
        Write(input, $"pcn/{pcn}/{month}/return-v2.zip", TestReturns.Valid(month, referrals: 6, pcn: pcn));
        Write(input, $"pcn/{pcn}/{month}/return-v3.zip", TestReturns.Invalid(month, pcn: pcn));
        var output = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = await Spr("run", input, "--out", output, "--storage", fixture.ConnectionString);

        Assert.True(code == CommandLine.Ok, stdout + stderr);
        Assert.Matches(@"rejected\s+1", stdout);
        Assert.Matches(@"VAL002\s+1", stdout);
        Assert.Contains("ingest 3/3", stderr, StringComparison.Ordinal);
        var v1 = ReadReceipt(output, $"pcn/{pcn}/{month}/return-v1.zip");
        var v2 = ReadReceipt(output, $"pcn/{pcn}/{month}/return-v2.zip");
        var v3 = ReadReceipt(output, $"pcn/{pcn}/{month}/return-v3.zip");
        Assert.False(v1.Current);
        Assert.True(v2.Current);
        Assert.Equal(6, v2.Counts["referrals"]);
        Assert.Equal(ReceiptStatus.Rejected, v3.Status);
        Assert.False(v3.Current);
    }

    [Fact]
    public async Task Run_follows_a_sample_manifest_and_every_file_gets_the_receipt_the_sample_intends()
    {
        var sample = Path.Combine(_dir, "sample");
        var summary = SampleWriter.Write(new SampleOptions { Months = 3, Pcns = 3, Seed = 11 }, OrganisationRegistry.Default, sample);
        var manifest = SampleManifest.Read(sample);
        var output = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = await Spr("run", sample, "--out", output, "--storage", fixture.ConnectionString);

        Assert.True(code == CommandLine.Ok, stdout + stderr);
        Assert.Contains($"{summary.Files.Count} uploads ingested", stdout, StringComparison.Ordinal);
        foreach (var file in manifest.Files)
        {
            var receipt = ReadReceipt(output, file.Path);
            Assert.Equal(file.UploadAt, receipt.ReceivedAt);
            if (file.Kind == SampleFileKind.Invalid)
            {
                Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
                Assert.Contains(receipt.Findings, f => f.Code == file.ExpectedCode);
            }
            else
            {
                Assert.True(receipt.Status != ReceiptStatus.Rejected, $"{file.Path}: {string.Join("; ", receipt.Findings.Select(f => f.Code + " " + f.Message))}");
                Assert.Equal(file.Late, receipt.Findings.Any(f => f.Code == FindingCodes.Late));
            }
        }
        // Per organisation-period, the last accepted file by upload time is the one current receipt.
        foreach (var folder in manifest.Files.GroupBy(f => f.Path[..f.Path.LastIndexOf('/')]))
        {
            var receipts = folder.OrderBy(f => f.UploadAt).Select(f => ReadReceipt(output, f.Path)).ToList();
            var lastAccepted = receipts.LastOrDefault(r => r.Status != ReceiptStatus.Rejected);
            Assert.Equal(lastAccepted?.Upload, receipts.SingleOrDefault(r => r.Current)?.Upload);
        }
    }

    [Fact]
    public async Task Run_of_a_sample_marks_every_output_synthetic_and_uses_the_contact_given()
    {
        var sample = Path.Combine(_dir, "synthetic");
        SampleWriter.Write(new SampleOptions { Months = 2, Pcns = 2, Seed = 5 }, OrganisationRegistry.Default, sample);
        var output = Path.Combine(_dir, "synthetic-out");

        var (code, stdout, stderr) = await Spr("run", sample, "--out", output, "--storage", fixture.ConnectionString, "--contact", "SPLW data team, splw.data@example.nhs.uk");

        Assert.True(code == CommandLine.Ok, stdout + stderr);
        var pack = Directory.GetFiles(Path.Combine(output, "exports"), "splw-pack-england-*.xlsx").Single();
        var cover = string.Join("\n", SpReporting.Tests.Packs.PackSheetText.Column(pack, "Cover"));
        Assert.Contains(SpReporting.Publishing.SyntheticData.Notice, cover, StringComparison.Ordinal);
        Assert.Contains("SPLW data team, splw.data@example.nhs.uk", cover, StringComparison.Ordinal);
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "site", "data", "index.json")));
        Assert.Equal(SpReporting.Publishing.SyntheticData.Notice, index.RootElement.GetProperty("synthetic").GetString());
    }

    [Fact]
    public async Task Run_without_storage_starts_and_stops_its_own_Azurite()
    {
        var month = new Month(2023, 11);
        var input = Path.Combine(_dir, "in");
        Write(input, $"pcn/{TestReturns.Pcn}/{month}/return.zip", TestReturns.Valid(month));
        var output = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = await Spr("run", input, "--out", output);

        Assert.True(code == CommandLine.Ok, stdout + stderr);
        Assert.Contains("starting Azurite", stderr, StringComparison.Ordinal);
        Assert.True(ReadReceipt(output, $"pcn/{TestReturns.Pcn}/{month}/return.zip").Current);
    }

    [Fact]
    public async Task Run_reports_bad_usage_with_exit_code_2()
    {
        Assert.Equal(CommandLine.Usage, (await Spr("run", Path.Combine(_dir, "missing"), "--out", _dir)).Code);
        Assert.Equal(CommandLine.Usage, (await Spr("run", _dir)).Code);
    }

    [Fact]
    public async Task Demo_samples_a_few_ICBs_runs_them_and_says_where_the_output_is()
    {
        var (code, stdout, stderr) = await Spr("demo", "--months", "1", "--no-serve", "--out", _dir);

        Assert.True(code == CommandLine.Ok, stdout + stderr);
        Assert.Contains("uploads ingested", stdout, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_dir, "run"), stdout, StringComparison.Ordinal);
        var manifest = SampleManifest.Read(Path.Combine(_dir, "sample"));
        Assert.NotEmpty(manifest.Files);
        Assert.All(manifest.Files, f => ReadReceipt(Path.Combine(_dir, "run"), f.Path));
        Assert.True(manifest.Files.Select(f => f.Path.Split('/')[1]).Where(c => c.StartsWith('U')).Distinct().Count() > 1);

        // Published: metrics.csv, the England pack and one pack per sampled ICB.
        var exports = Path.Combine(_dir, "run", "exports");
        var csv = File.ReadLines(Path.Combine(exports, "metrics.csv")).ToList();
        Assert.StartsWith("level,area_code,area_name", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("ENGLAND,E92000001,England,,", StringComparison.Ordinal) && l.Contains(",month,ref_received,", StringComparison.Ordinal));
        var icbs = manifest.Files.Where(f => f.Path.StartsWith("pcn/", StringComparison.Ordinal))
            .Select(f => OrganisationRegistry.Default.FindPcn(f.Path.Split('/')[1])!.IcbCode).Distinct().ToList();
        Assert.Single(Directory.GetFiles(exports, "splw-pack-england-*.xlsx"));
        foreach (var icb in icbs) { Assert.Single(Directory.GetFiles(exports, $"splw-pack-{icb}-*.xlsx")); }
        foreach (var pack in Directory.GetFiles(exports, "splw-pack-*.xlsx"))
        {
            Assert.Empty(SpReporting.Tests.Packs.PackChecker.Check(pack));
        }

        // The project's own attacker finds nothing to work out in what the demo published.
        var audit = await Spr("audit", Path.Combine(_dir, "run"));
        Assert.True(audit.Code == CommandLine.Ok, audit.Stdout + audit.Stderr);
    }

    [Fact]
    public async Task Audit_exits_1_and_says_where_and_how_but_not_the_figure()
    {
        using var crafted = new SpReporting.Tests.Publishing.CraftedPublication()
            .Row("ENGLAND", SpReporting.Tests.Publishing.CraftedPublication.England, "", "month", "2026-01", "out_closures", "909")
            .Row("REGION", "Y01", SpReporting.Tests.Publishing.CraftedPublication.England, "month", "2026-01", "out_closures", "910")
            .Row("REGION", "Y02", SpReporting.Tests.Publishing.CraftedPublication.England, "month", "2026-01", "out_closures", note: "[c]")
            .Row("REGION", "Y03", SpReporting.Tests.Publishing.CraftedPublication.England, "month", "2026-01", "out_closures", "0");
        var (code, stdout, _) = await Spr("audit", crafted.Write());

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("Y02 month 2026-01 out_closures", stdout, StringComparison.Ordinal);
        Assert.Contains("hierarchy", stdout, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Usage, (await Spr("audit", Path.Combine(_dir, "nothing-here"))).Code);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Spr(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static Receipt ReadReceipt(string output, string uploadPath) =>
        ReceiptJson.Deserialize(File.ReadAllText(Path.Combine(output, "receipts", uploadPath + ".json")))!;
}
