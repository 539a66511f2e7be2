using SpReporting.Returns;
using SpReporting.Templates;

namespace SpReporting.Cli.Commands;

/// <summary>
/// <c>spr template --kind pcn|icb --out FILE.xlsx</c>: writes the blank return template, with a drop-down
/// for every code list and a Guidance sheet. Exit 0 written, 2 bad usage or the file cannot be written.
/// </summary>
public static class TemplateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = ArgumentReader.Parse(args, ["kind", "out"]);
        if (a.Positional.Count != 0) { throw new UsageException($"unexpected argument '{a.Positional[0]}'"); }
        var kind = a.Require("kind").ToLowerInvariant() switch
        {
            "pcn" => ReturnKind.Pcn,
            "icb" => ReturnKind.Icb,
            var k => throw new UsageException($"--kind must be pcn or icb, not '{k}'"),
        };
        var outPath = a.Require("out");
        if (!outPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) { throw new UsageException("--out must name an .xlsx file"); }
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (dir is not null) { Directory.CreateDirectory(dir); }
            using var buffer = new MemoryStream();
            ReturnTemplates.Write(kind, buffer);
            await File.WriteAllBytesAsync(outPath, buffer.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"spr template: cannot write '{outPath}': {e.Message}");
            return CommandLine.Usage;
        }
        stdout.WriteLine($"Wrote the {(kind == ReturnKind.Pcn ? "PCN monthly" : "ICB quarterly")} return template to {outPath}");
        return CommandLine.Ok;
    }
}
