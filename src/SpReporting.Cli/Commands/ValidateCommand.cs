using System.Globalization;
using System.Security.Cryptography;
using SpReporting.Receipts;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Validation;

namespace SpReporting.Cli.Commands;

/// <summary>
/// <c>spr validate FILE --as pcn/U12345/2024-03/FILE [--received yyyy-MM-ddTHH:mm:ssZ] [--locked pcn/2024-03]</c>:
/// validates offline exactly as ingest would, prints the receipt JSON on stdout and a short summary
/// for a person on stderr. Without <c>--received</c> lateness is not judged: the time of an offline
/// check is not when the return will be received. Exit 0 accepted, 1 rejected, 2 bad usage or a
/// file that cannot be read at all.
/// </summary>
public static class ValidateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = ArgumentReader.Parse(args, ["as", "received", "locked"]);
        if (a.Positional.Count != 1) { throw new UsageException("give one FILE to validate"); }
        var file = a.Positional[0];
        var asPath = a.Get("as") ?? throw new UsageException("--as pcn/{code}/{yyyy-MM}/{file} is required: it says whose return this is and for which period");
        var check = UploadPath.Check(asPath);
        if (check.Path is not { } path) { throw new UsageException($"--as: {check.Problem!.Message}"); }
        var given = a.Get("received");
        var received = given is { } r
            ? DateTimeOffset.TryParse(r, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime() : throw new UsageException("--received is not a date and time (write it as 2024-04-10T09:00:00Z)")
            : DateTimeOffset.UtcNow;
        if (!File.Exists(file))
        {
            stderr.WriteLine($"spr validate: no file '{file}'.");
            return CommandLine.Usage;
        }
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"spr validate: cannot read '{file}': {e.Message}");
            return CommandLine.Usage;
        }
        var context = new ValidationContext(OrganisationRegistry.Default, received)
        {
            LockedPeriods = a.Get("locked") is { } l ? l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() : new HashSet<string>(),
            JudgeLateness = given is not null,
        };
        using var stream = new MemoryStream(bytes, writable: false);
        var outcome = new ReturnValidator(context).Validate(stream, path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var receipt = Receipt.From(path.ToString(), "local-" + sha[..16], sha, received, outcome, current: outcome.Accepted);
        stdout.WriteLine(ReceiptJson.Serialize(receipt));
        ReceiptSummary.Write(receipt, lateJudged: given is not null, stderr);
        if (outcome.Accepted) { return CommandLine.Ok; }
        return outcome.Findings.Shown.Any(f => f.Code == FindingCodes.NotReadable) ? CommandLine.Usage : CommandLine.Failed;
    }
}
