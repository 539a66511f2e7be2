using Microsoft.Azure.Functions.Worker.Http;
using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>A signed-in caller and what the submitters table lets it do.</summary>
public sealed record Caller(CallerId Id, CallerAccess Access);

/// <summary>Turns a request into a <see cref="Caller"/>: the platform's principal, then one table read.</summary>
public sealed class CallerResolver(AccessStore access)
{
    /// <summary>The caller, or null for an anonymous request (no principal, or an unreadable one).</summary>
    public async Task<Caller?> ResolveAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        var id = ClientPrincipal.Read(request);
        return id is null ? null : new Caller(id, await access.GetAsync(id, cancellationToken));
    }
}
