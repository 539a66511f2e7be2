using SpReporting.Returns;

namespace SpReporting.Storage.Access;

/// <summary>
/// What one caller may do: the upload prefixes it may submit under (<c>pcn/U12345</c>,
/// <c>icb/QE1</c>: RETURNS.md scopes an upload credential to one prefix) and its roles.
/// A caller with no row in the submitters table has <see cref="None"/>.
/// </summary>
public sealed record CallerAccess(IReadOnlySet<string> Organisations, IReadOnlySet<string> Roles)
{
    public static CallerAccess None { get; } = new(new HashSet<string>(), new HashSet<string>());

    /// <summary>The prefix an organisation submits under: <c>pcn/U12345</c>.</summary>
    public static string Prefix(ReturnKind kind, string organisationCode) =>
        $"{(kind == ReturnKind.Pcn ? "pcn" : "icb")}/{organisationCode.Trim().ToUpperInvariant()}";

    /// <summary>Row values as administrators type them (<c>PCN/u12345</c>) compared as <c>pcn/U12345</c>.</summary>
    public static string NormalisePrefix(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? text.Trim().ToUpperInvariant() : $"{text[..slash].Trim().ToLowerInvariant()}/{text[(slash + 1)..].Trim().ToUpperInvariant()}";
    }

    public bool MaySubmitFor(ReturnKind kind, string organisationCode) => Organisations.Contains(Prefix(kind, organisationCode));

    public bool HasAnyRole(IEnumerable<string> roles) => roles.Any(Roles.Contains);
}
