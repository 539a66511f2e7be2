using SpReporting.Reference;

namespace SpReporting.Cli.Commands;

/// <summary>
/// <c>spr reference --from DIR [--out FILE]</c>: derives the organisation list from the public ODS and
/// NHS England files in DIR (see reference/SOURCE.md) and writes it to FILE
/// (default <c>reference/organisations.csv</c>).
/// </summary>
public static class ReferenceCommand
{
    public const string DefaultOut = "reference/organisations.csv";

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = ArgumentReader.Parse(args, ["from", "out"]);
        if (options.Positional.Count > 0) { throw new UsageException($"unexpected argument '{options.Positional[0]}'"); }
        var from = options.Require("from");
        var output = options.Get("out") ?? DefaultOut;

        ReferenceSources sources;
        IReadOnlyList<Organisation> organisations;
        try
        {
            sources = ReferenceSources.Find(from);
            organisations = ReferenceDerivation.Derive(sources);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"spr reference: {e.Message}");
            return Task.FromResult(CommandLine.Usage);
        }
        OrganisationCsv.Write(organisations, output);

        foreach (var file in sources.All) { stderr.WriteLine($"read {Path.GetFileName(file)}"); }
        var closed = organisations.Count(o => o.CloseDate is not null);
        stdout.WriteLine(
            $"wrote {output}: {organisations.Count} PCNs ({closed} closed), " +
            $"{organisations.Select(o => o.IcbCode).Distinct().Count()} ICBs, {organisations.Select(o => o.RegionCode).Distinct().Count()} regions");
        return Task.FromResult(CommandLine.Ok);
    }
}
