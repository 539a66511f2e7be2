using System.Text.RegularExpressions;
using SpReporting.Cli;
using SpReporting.Receipts;
using SpReporting.Storage.Local;

namespace SpReporting.IntegrationTests.Cli;

/// <summary>
/// The README's examples are run as written, so a reader who copies them gets what the README says:
/// its first two commands are the demo and the tests, and every <c>./spr</c> line of its other
/// examples runs in a scratch folder with the exit code the README's command table promises.
/// </summary>
public sealed partial class ReadmeCommandsTests : IDisposable
{
    private static readonly string Root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Repository root not found.");
    private readonly string _scratch = Directory.CreateTempSubdirectory("spr-readme-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static List<List<string>> BashBlocks() =>
        [.. BashBlock().Matches(File.ReadAllText(Path.Combine(Root, "README.md")))
            .Select(m => m.Groups["body"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList())];

    [Fact]
    public void The_first_two_commands_run_the_demo_and_the_tests()
    {
        var first = BashBlocks()[0];
        Assert.StartsWith("./spr demo", first[0], StringComparison.Ordinal);
        Assert.StartsWith("./test.sh", first[1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Root, "spr")) && File.Exists(Path.Combine(Root, "test.sh")));
    }

    [Fact]
    public async Task Every_spr_example_after_the_first_block_runs_as_written()
    {
        var lines = BashBlocks().Skip(1).SelectMany(b => b).Where(l => l.StartsWith("./spr ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var args = Arguments(line);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await CommandLine.RunAsync(args, stdout, stderr);
            if (args[0] == "validate")
            {
                // A blank template is a return with nothing in it: accepted or rejected, never unreadable.
                Assert.True(code is CommandLine.Ok or CommandLine.Failed, $"{line}: exit {code}\n{stderr}");
                Assert.NotNull(ReceiptJson.Deserialize(stdout.ToString()));
                Assert.Contains("Next step:", stderr.ToString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.True(code == CommandLine.Ok, $"{line}: exit {code}\n{stderr}");
            }
        }
    }

    /// <summary>The words of a README line, its comment dropped, with bare file names placed in the scratch folder.</summary>
    private string[] Arguments(string line)
    {
        var words = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        return [.. words.Select(w => !w.StartsWith('-') && !w.Contains('/', StringComparison.Ordinal) && Path.HasExtension(w) ? Path.Combine(_scratch, w) : w)];
    }

    [GeneratedRegex("```bash\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
