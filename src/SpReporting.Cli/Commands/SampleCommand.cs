using System.Diagnostics;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Sampling;

namespace SpReporting.Cli.Commands;

/// <summary>
/// <c>spr sample --out DIR [--from yyyy-MM] [--months N] [--pcns N|all] [--seed S] [--icb CODE]... [--xlsx-share F]</c>:
/// writes realistic synthetic returns for real PCN codes (see <see cref="SampleWriter"/>) and prints a
/// one-line summary; progress goes to stderr.
/// </summary>
public static class SampleCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, outDir) = Parse(args);
        var watch = Stopwatch.StartNew();
        var lastShown = -1;
        var gate = new object();
        void Progress(int done, int total)
        {
            if (total < 50) { return; }
            var percent = done * 100 / total;
            lock (gate)
            {
                if (percent / 10 == lastShown / 10 && done != total) { return; }
                lastShown = percent;
                stderr.WriteLine($"spr sample: {done}/{total} PCNs ({percent}%)");
            }
        }

        SampleSummary summary;
        try
        {
            summary = SampleWriter.Write(options, OrganisationRegistry.Default, outDir, Progress);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0].TrimEnd('.'));
        }
        catch (IOException e)
        {
            stderr.WriteLine($"spr sample: {e.Message}");
            return Task.FromResult(CommandLine.Usage);
        }
        stdout.WriteLine(
            $"wrote {summary.Files.Count} files to {outDir} in {watch.Elapsed.TotalSeconds:0.0}s: {summary.PcnReturns} PCN returns, " +
            $"{summary.IcbReturns} ICB returns, {summary.Resubmissions} resubmissions, {summary.InvalidReturns} invalid, " +
            $"{summary.MissingReturns} missing (see {SampleManifest.FileName})");
        return Task.FromResult(CommandLine.Ok);
    }

    internal static (SampleOptions Options, string OutDir) Parse(string[] args)
    {
        var icbs = new List<string>();
        var rest = new List<string>();
        // --icb may be repeated; the shared reader keeps only the last value of an option.
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--icb")
            {
                if (i + 1 >= args.Length) { throw new UsageException("option '--icb' needs a value"); }
                icbs.Add(args[++i]);
            }
            else if (args[i].StartsWith("--icb=", StringComparison.Ordinal)) { icbs.Add(args[i]["--icb=".Length..]); }
            else { rest.Add(args[i]); }
        }
        var a = ArgumentReader.Parse(rest, ["out", "from", "months", "pcns", "seed", "xlsx-share"]);
        if (a.Positional.Count > 0) { throw new UsageException($"unexpected argument '{a.Positional[0]}'"); }
        var outDir = a.Require("out");
        var months = a.GetInt("months", 12, 1, 120);
        var seed = a.GetInt("seed", 1);
        int? pcns = a.Get("pcns") is null or "all" ? null : a.GetInt("pcns", 0, 1, 100_000);
        var share = 1.0 / 3;
        if (a.Get("xlsx-share") is { } s && (!double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out share) || share is < 0 or > 1))
        {
            throw new UsageException($"option '--xlsx-share' must be a number from 0 to 1, not '{s}'");
        }
        var options = new SampleOptions
        {
            Months = months, Seed = seed, Pcns = pcns, Icbs = icbs.Count > 0 ? icbs : null, XlsxShare = share, Now = DateTimeOffset.UtcNow,
        };
        if (a.Get("from") is { } from)
        {
            if (!Month.TryParse(from, out var month)) { throw new UsageException($"option '--from' must be a month like 2024-04, not '{from}'"); }
            options = options with { From = month };
        }
        return (options, outDir);
    }
}
