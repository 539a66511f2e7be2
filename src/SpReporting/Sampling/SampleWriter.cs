using System.Collections.Concurrent;
using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Sampling;

/// <summary>
/// Writes realistic synthetic returns for real PCN codes: <c>DIR/pcn/{code}/{yyyy-MM}/return-v{n}.{zip|xlsx}</c>
/// and <c>DIR/icb/{code}/{yyyy-Qn}/return-v{n}.{zip|xlsx}</c>, plus <c>DIR/manifest.json</c> (see <see cref="SampleManifest"/>).
/// A resubmission is a second file in the same folder (<c>return-v2</c>): upload files in ordinal name order,
/// or at the manifest's <c>uploadAt</c> times. Deterministic: each PCN draws from streams seeded by the run's
/// seed and its own code, so output is stable whatever else is sampled and however many threads run.
/// </summary>
public static class SampleWriter
{
    public static SampleSummary Write(SampleOptions options, OrganisationRegistry organisations, string outDir) =>
        Write(options, organisations, outDir, progress: null);

    /// <param name="progress">Called with (PCNs done, PCNs in all) as work completes, from any thread.</param>
    public static SampleSummary Write(SampleOptions options, OrganisationRegistry organisations, string outDir, Action<int, int>? progress)
    {
        var now = options.EffectiveNow;
        var from = options.EffectiveFrom;
        var to = options.To;
        Check(options, from, to, now);
        var pcns = PcnSelection.Choose(organisations, options.Pcns, options.Icbs, from, to);
        PrepareDirectory(outDir);

        var files = new ConcurrentBag<SampleFile>();
        var missing = new ConcurrentBag<string>();
        var done = 0;
        Parallel.ForEach(pcns, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, pcn =>
        {
            var profile = PcnProfile.Create(pcn, options.Seed, to, options.XlsxShare);
            var simulation = new PcnSimulation(profile, options.Seed, from, to);
            for (var m = from; m <= to; m = m.AddMonths(1))
            {
                if (!pcn.IsOpenIn(m)) { continue; }
                var period = $"pcn/{pcn.PcnCode}/{m}";
                var written = PcnUploads.For(simulation, options.Seed, m, now);
                if (written.Count == 0) { missing.Add(period); }
                foreach (var (name, bytes, file) in written)
                {
                    Save(outDir, $"{period}/{name}", bytes);
                    files.Add(file with { Path = $"{period}/{name}" });
                }
            }
            progress?.Invoke(Interlocked.Increment(ref done), pcns.Count);
        });

        WriteIcbReturns(options, organisations, pcns, from, to, now, outDir, files, missing);

        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var missingOrdered = missing.OrderBy(p => p, StringComparer.Ordinal).ToArray();
        using (var stream = File.Create(Path.Combine(outDir, SampleManifest.FileName)))
        {
            new SampleManifest(options.Seed, from, options.Months, now, ordered, missingOrdered).Write(stream);
        }
        return new SampleSummary(
            PcnReturns: ordered.Where(f => f.Path.StartsWith("pcn/", StringComparison.Ordinal)).Select(f => Folder(f.Path)).Distinct().Count(),
            IcbReturns: ordered.Where(f => f.Path.StartsWith("icb/", StringComparison.Ordinal)).Select(f => Folder(f.Path)).Distinct().Count(),
            InvalidReturns: ordered.Count(f => f.Kind == SampleFileKind.Invalid),
            MissingReturns: missingOrdered.Length,
            Resubmissions: ordered.Count(f => f.Kind == SampleFileKind.Resubmission),
            Files: ordered.Select(f => f.Path).ToArray());
    }

    private static void WriteIcbReturns(SampleOptions options, OrganisationRegistry organisations, IReadOnlyList<Organisation> pcns,
        Month from, Month to, DateTimeOffset now, string outDir, ConcurrentBag<SampleFile> files, ConcurrentBag<string> missing)
    {
        var icbs = pcns.Select(p => p.IcbCode).Distinct().Order(StringComparer.Ordinal).ToArray();
        var quarters = new List<Quarter>();
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            if (m == m.Quarter.LastMonth) { quarters.Add(m.Quarter); }
        }
        Parallel.ForEach(icbs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, code =>
        {
            var icb = organisations.FindIcb(code)!;
            foreach (var quarter in quarters)
            {
                var members = organisations.PcnsInIcb(code).Where(o => o.IsOpenIn(quarter.LastMonth))
                    .Select(o => PcnProfile.Create(o, options.Seed, to)).ToArray();
                var period = $"icb/{code}/{quarter}";
                var r = StableRandom.For(options.Seed, code, 0x1c0, quarter.Index);
                if (members.Length == 0 || r.Chance(0.03))
                {
                    missing.Add(period);
                    continue;
                }
                var wb = IcbReturnBuilder.Build(icb, members, options.Seed, quarter);
                var late = r.Chance(0.1);
                var at = UploadTimes.NotAfter(late ? UploadTimes.Late(r, quarter.LastMonth) : UploadTimes.OnTime(r, quarter.LastMonth), now, quarter.LastMonth, r);
                var isLate = at > UploadTimes.DueBy(quarter.LastMonth);
                // ICBs mostly use the template; the choice is per ICB, like a PCN's.
                var ext = ReturnFiles.Extension(StableRandom.SeedOf(options.Seed, code, 0x71) % 1000 < options.XlsxShare * 2000);
                var path = $"{period}/return-v1{ext}";
                Save(outDir, path, ReturnFiles.Bytes(wb, ext, byteOrderMark: false));
                files.Add(new SampleFile(path, at, isLate ? SampleFileKind.Late : SampleFileKind.Valid, isLate,
                    isLate ? Validation.FindingCodes.Late : null, null, null));
            }
        });
    }

    private static void Check(SampleOptions options, Month from, Month to, DateTimeOffset now)
    {
        if (options.XlsxShare is < 0 or > 1 || double.IsNaN(options.XlsxShare)) { throw new ArgumentOutOfRangeException(nameof(options), options.XlsxShare, "XlsxShare must be from 0 to 1."); }
        if (options.Months is < 1 or > 120) { throw new ArgumentOutOfRangeException(nameof(options), options.Months, "Months must be from 1 to 120."); }
        if (from < Month.FirstPcnMonth) { throw new ArgumentException($"The sample cannot start before {Month.FirstPcnMonth}: PCNs began in July 2019.", nameof(options)); }
        var current = Month.Of(DateOnly.FromDateTime(now.UtcDateTime));
        if (to >= current)
        {
            throw new ArgumentException($"The sample must end before the current month ({current}); {from} plus {options.Months} months ends in {to}.", nameof(options));
        }
    }

    /// <summary>A new folder, an empty one, or a previous sample (whose pcn/, icb/ and manifest are replaced); nothing else is touched.</summary>
    private static void PrepareDirectory(string outDir)
    {
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            if (!File.Exists(Path.Combine(outDir, SampleManifest.FileName)))
            {
                throw new IOException($"'{outDir}' is not empty and does not hold an earlier sample; choose an empty or new folder.");
            }
            foreach (var sub in new[] { "pcn", "icb" })
            {
                var d = Path.Combine(outDir, sub);
                if (Directory.Exists(d)) { Directory.Delete(d, recursive: true); }
            }
            File.Delete(Path.Combine(outDir, SampleManifest.FileName));
        }
        Directory.CreateDirectory(outDir);
    }

    private static void Save(string outDir, string relative, byte[] bytes)
    {
        var path = Path.Combine(outDir, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static string Folder(string path) => path[..path.LastIndexOf('/')];
}
