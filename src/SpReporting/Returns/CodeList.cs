namespace SpReporting.Returns;

/// <summary>
/// A code list from RETURNS.md. Matching is case-insensitive with surrounding spaces ignored;
/// <see cref="TryMatch"/> gives back the canonical spelling that is stored.
/// </summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> _byUpper;

    public CodeList(string name, params string[] codes)
    {
        Name = name;
        Codes = codes;
        _byUpper = codes.ToDictionary(c => c.ToUpperInvariant(), c => c, StringComparer.Ordinal);
    }

    public string Name { get; }
    public IReadOnlyList<string> Codes { get; }

    public bool TryMatch(string? text, out string code)
    {
        code = "";
        if (text is null) { return false; }
        var key = text.Trim().ToUpperInvariant();
        if (!_byUpper.TryGetValue(key, out var c)) { return false; }
        code = c;
        return true;
    }

    /// <summary>"one of A, B, C" for messages; long lists are shortened but always name where to look.</summary>
    /// <summary>The codes a receipt asks for, each with its words from <see cref="CodeLabels"/>: "one of IN_POST (In post), VACANT (Vacant), LEFT (Left)".</summary>
    public string Describe() => Codes.Count <= 10
        ? "one of " + string.Join(", ", Codes.Select(WithWords))
        : "one of " + string.Join(", ", Codes.Take(8).Select(WithWords)) + $" … ({Codes.Count} codes, listed on the Guidance sheet)";

    private static string WithWords(string code) => CodeLabels.Of(code) is var words && words != code ? $"{code} ({words})" : code;
}
