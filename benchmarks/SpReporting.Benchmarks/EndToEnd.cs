using System.Diagnostics;
using System.IO.Compression;
using SpReporting.Aggregation;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Validation;
using SpReporting.Writing;

namespace SpReporting.Benchmarks;

/// <summary>Whole-run figures that BenchmarkDotNet does not give: peak memory of a fresh process, national rebuilds.</summary>
internal static class EndToEnd
{
    /// <summary>
    /// Worst cases at the upload limits: a zip just under 20 MB (50,000 referrals plus an incompressible
    /// extra sheet), an .xlsx with 50,000 referrals, and the hostile uploads of <see cref="HostileUploads"/>.
    /// </summary>
    public static int MakeUpload(string dir)
    {
        Directory.CreateDirectory(dir);
        var wb = BenchReturns.Pcn(50_000);
        var zipPath = Path.Combine(dir, "upload-20mb.zip");
        using (var file = File.Create(zipPath))
        {
            CsvZipReturnWriter.Write(wb, file);
        }
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update))
        {
            var used = new FileInfo(zipPath).Length;
            var entry = zip.CreateEntry("notes.csv", CompressionLevel.NoCompression);
            using var w = new StreamWriter(entry.Open());
            w.Write("note\r\n");
            var random = new Random(3);
            var line = new byte[1500];
            for (long written = used; written < 19L * 1024 * 1024; written += 2000)
            {
                random.NextBytes(line);
                w.Write(Convert.ToBase64String(line));
                w.Write("\r\n");
            }
        }
        using (var file = File.Create(Path.Combine(dir, "upload-50k.xlsx")))
        {
            XlsxReturnWriter.Write(wb, file);
        }
        HostileUploads.Write(dir);
        foreach (var f in Directory.GetFiles(dir)) { Console.WriteLine($"{Path.GetFileName(f)}: {new FileInfo(f).Length / 1024.0 / 1024:0.0} MB"); }
        return 0;
    }

    public static int Peak(string file)
    {
        var validator = new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero)));
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var sw = Stopwatch.StartNew();
        using var stream = File.OpenRead(file);
        var outcome = validator.Validate(stream, UploadPath.Parse("pcn/U00070/2024-03/" + Path.GetFileName(file)));
        sw.Stop();
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        Console.WriteLine($"{Path.GetFileName(file)}: {new FileInfo(file).Length / 1024.0 / 1024:0.0} MB, {outcome.Counts.GetValueOrDefault("referrals")} referral rows, " +
            $"accepted={outcome.Accepted} ({string.Join(", ", outcome.Findings.Shown.Select(f => f.Code).Distinct().Take(5))}), {sw.Elapsed.TotalSeconds:0.00} s, peak working set {p.PeakWorkingSet64 / 1024.0 / 1024:0} MB (before validating {before / 1024.0 / 1024:0} MB)");
        return 0;
    }

    /// <summary>A national rebuild from partials (every PCN × N months), then an incremental refresh after one new month.</summary>
    public static int Rebuild(int months)
    {
        var orgs = OrganisationRegistry.Default;
        var to = new Month(2026, 9);
        var from = to.AddMonths(-(months - 1));
        var partials = SyntheticPartials.For(orgs, from, to);
        Console.WriteLine($"{partials.Count:N0} PCN-month partials, {orgs.Pcns.Count:N0} PCNs, {months} months");
        var input = new AggregationInput(orgs, partials, new Dictionary<(string, Quarter), double>(), from, to);
        for (var run = 0; run < 2; run++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            long rows = 0, values = 0;
            foreach (var row in Aggregator.Rows(input)) { rows++; values += row.Values.Count; }
            sw.Stop();
            Console.WriteLine($"full rebuild (run {run + 1}): {rows:N0} rows, {values:N0} metric values, {sw.Elapsed.TotalSeconds:0.00} s compute");
        }
        var dirty = to;
        var only = RefreshScope.Of(orgs.Pcns.Take(1).Select(p => (p.PcnCode, dirty)), orgs, to);
        var incremental = input with { Scope = only };
        var sw2 = Stopwatch.StartNew();
        var changed = Aggregator.Rows(incremental).Count();
        sw2.Stop();
        Console.WriteLine($"incremental refresh after one return for {dirty}: {only.Windows.Count} window-periods, {changed:N0} rows, {sw2.Elapsed.TotalSeconds:0.00} s compute");
        return 0;
    }
}
