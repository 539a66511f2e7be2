namespace SpReporting.Cli.Commands;

/// <summary>Not built yet.</summary>
public static class SampleCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("spr: this command is not built yet.");
        return Task.FromResult(CommandLine.Usage);
    }
}
