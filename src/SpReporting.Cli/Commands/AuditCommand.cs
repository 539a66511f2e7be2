using SpReporting.Publishing.Audit;

namespace SpReporting.Cli.Commands;

/// <summary>
/// <c>spr audit OUT</c>: attacks a publication (<c>OUT/exports/metrics.csv</c> and the dashboard data under
/// <c>OUT/site</c>) as an outsider could, and lists every withheld or rounded figure it can work out: area,
/// window, period, count and how, never the figure itself (docs/metrics.md, "Disclosure control").
/// Exit 0 when it recovers nothing, 1 when it recovers anything, 2 when there is no publication there.
/// </summary>
public static class AuditCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = ArgumentReader.Parse(args, []);
        if (a.Positional.Count != 1) { throw new UsageException("give the OUT folder of a run to audit"); }
        AuditResult result;
        try
        {
            result = PublicationAudit.Run(Path.GetFullPath(a.Positional[0]));
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or IOException)
        {
            stderr.WriteLine($"spr audit: {e.Message}");
            return Task.FromResult(CommandLine.Usage);
        }
        foreach (var r in result.Recoveries) { stdout.WriteLine(r.ToString()); }
        stdout.WriteLine(result.Safe
            ? "spr audit: nothing withheld or rounded could be worked out."
            : $"spr audit: {result.Recoveries.Count} withheld or rounded figure(s) could be worked out.");
        return Task.FromResult(result.Safe ? CommandLine.Ok : CommandLine.Failed);
    }
}
