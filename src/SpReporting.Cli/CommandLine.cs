using SpReporting.Cli.Commands;
using SpReporting.Publishing;

namespace SpReporting.Cli;

/// <summary>
/// The <c>spr</c> dispatcher: a thin front door onto the same services the Functions app uses.
/// Exit codes (ARCHITECTURE.md): 0 success, 1 a return was rejected or a check failed, 2 bad usage
/// or unreadable input.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private static readonly Dictionary<string, Func<string[], TextWriter, TextWriter, Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["template"] = TemplateCommand.RunAsync,
        ["validate"] = ValidateCommand.RunAsync,
        ["sample"] = SampleCommand.RunAsync,
        ["run"] = RunCommand.RunAsync,
        ["demo"] = DemoCommand.RunAsync,
        ["reference"] = ReferenceCommand.RunAsync,
        ["serve"] = ServeCommand.RunAsync,
        ["audit"] = AuditCommand.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(HelpText);
            return args.Length == 0 ? Usage : Ok;
        }
        if (!Commands.TryGetValue(args[0], out var command))
        {
            stderr.WriteLine($"spr: unknown command '{args[0]}'. Run 'spr --help'.");
            return Usage;
        }
        try
        {
            return await command(args[1..], stdout, stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"spr {args[0]}: {e.Message.TrimEnd('.')}. Run 'spr --help'.");
            return Usage;
        }
        catch (UnsafePublicationException e)
        {
            // Publishing refused: the disclosure audit could work out withheld figures (docs/metrics.md).
            stderr.WriteLine($"spr {args[0]}: {e.Message}");
            return Failed;
        }
    }

    public const string HelpText = """
        spr: SpReporting command line

          spr template --kind pcn|icb --out FILE.xlsx
          spr validate FILE --as pcn/U12345/2024-03/FILE [--received TIME] [--locked pcn/2024-03,...]
          spr sample --out DIR [--from yyyy-MM] [--months N] [--pcns N|all] [--seed S] [--icb CODE]... [--xlsx-share F]
          spr run DIR --out OUT [--storage CONN] [--lease-wait SECONDS] [--contact TEXT]
          spr demo [--months N] [--port P] [--no-serve] [--out DIR]
          spr serve OUT [--port P]
          spr audit OUT
          spr reference --from DIR --out FILE

        Exit codes: 0 success, 1 a return was rejected or a check failed, 2 bad usage or unreadable input.
        """;
}
