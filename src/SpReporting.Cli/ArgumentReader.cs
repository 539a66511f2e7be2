namespace SpReporting.Cli;

/// <summary>
/// A small, strict reader for <c>spr</c> arguments: positional values and <c>--name value</c> or
/// <c>--flag</c> options. Unknown options are a usage error, so a typo never silently changes a run.
/// </summary>
public sealed class ArgumentReader
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    private ArgumentReader() { }

    public IReadOnlyList<string> Positional => _positional;

    /// <param name="args">Arguments after the command name.</param>
    /// <param name="valued">Options that take a value (without the leading dashes).</param>
    /// <param name="flags">Options that take no value.</param>
    public static ArgumentReader Parse(IEnumerable<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string>? flags = null)
    {
        flags ??= [];
        var reader = new ArgumentReader();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                reader._positional.Add(a);
                continue;
            }
            var name = a[2..];
            string? inline = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0) { inline = name[(eq + 1)..]; name = name[..eq]; }
            if (flags.Contains(name)) { reader._options[name] = null; continue; }
            if (!valued.Contains(name)) { throw new UsageException($"unknown option '--{name}'"); }
            if (inline is null)
            {
                if (!e.MoveNext()) { throw new UsageException($"option '--{name}' needs a value"); }
                inline = e.Current;
            }
            reader._options[name] = inline;
        }
        return reader;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public string Require(string name) => Get(name) ?? throw new UsageException($"option '--{name}' is required");

    public int GetInt(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var v = Get(name);
        if (v is null) { return fallback; }
        if (!int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new UsageException($"option '--{name}' must be a whole number from {min} to {max}, not '{v}'");
        }
        return n;
    }
}

/// <summary>Bad usage: the command line is wrong (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
