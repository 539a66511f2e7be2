using SpReporting.Returns;
using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>
/// What a function needs of its caller, checked by <see cref="SignIn"/> after the caller is known:
/// any signed-in caller, a reader role, or the right to submit for one organisation.
/// </summary>
public sealed record Permission(Func<CallerAccess, bool> Allows, string Refusal, string Scope = "-", bool SendAnonymousToSignIn = false)
{
    public static Permission AnySignedIn { get; } = new(_ => true, "");

    /// <summary>Commissioners and reviewers: published outputs.</summary>
    public static Permission Readers(string refusal, bool sendAnonymousToSignIn = false) =>
        new(a => a.HasAnyRole(Roles.Readers), refusal, "-", sendAnonymousToSignIn);

    /// <summary>Callers that may submit for the organisation, whose code has already been checked for shape.</summary>
    public static Permission SubmitterFor(ReturnKind kind, string organisationCode, string action)
    {
        var scope = CallerAccess.Prefix(kind, organisationCode);
        return new(a => a.MaySubmitFor(kind, organisationCode), $"This sign-in may not {action} for {scope}.", scope);
    }
}
