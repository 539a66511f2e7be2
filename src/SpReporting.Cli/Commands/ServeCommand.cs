namespace SpReporting.Cli.Commands;

/// <summary><c>spr serve OUT [--port P]</c>: serves a published dashboard (<c>OUT/site</c>) on 127.0.0.1.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = ArgumentReader.Parse(args, ["port"]);
        if (a.Positional.Count != 1) { throw new UsageException("give the OUT folder of a run (or its site folder) to serve"); }
        var out_ = Path.GetFullPath(a.Positional[0]);
        var site = File.Exists(Path.Combine(out_, "index.html")) ? out_ : Path.Combine(out_, "site");
        return SiteServing.ServeUntilStoppedAsync(site, a.GetInt("port", DefaultPort, 1, 65535), a.Has("port"), stdout, stderr);
    }
}
