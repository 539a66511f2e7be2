using System.Net;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>
/// The one sign-in and permission step every HTTP function takes, after its route values have been
/// checked for shape: is a sign-in in front of the app (else 503, and the header is never read),
/// who is calling (else 401, or a redirect to sign in for dashboard pages), and may they (else 403).
/// </summary>
public sealed class SignIn(AccessStore access, SignInSettings settings)
{
    public SignInSettings Settings { get; } = settings;

    public async Task<Admission> AdmitAsync(HttpRequestData request, ILogger logger, string function, Permission permission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(permission);
        if (!Trusted(request))
        {
            // A client can forge the header wherever no platform sign-in strips it: never read it here.
            return new Admission(null, await request.RefuseAsync(logger, function, HttpStatusCode.ServiceUnavailable,
                "Sign-in is not set up for this service, so no signed-in request can be served. Please tell the service team.", null));
        }
        var id = ClientPrincipal.Read(request);
        if (id is null)
        {
            if (permission.SendAnonymousToSignIn)
            {
                HttpLog.Refused(logger, function, (int)HttpStatusCode.Found, "No identity: sent to sign in", "anonymous", "-");
                return new Admission(null, Responses.Redirect(request, $"{ServeDashboard.SignInPath}?post_login_redirect_uri={Uri.EscapeDataString(ServeDashboard.Root)}"));
            }
            return new Admission(null, await request.AnonymousAsync(logger, function));
        }
        var caller = new Caller(id, await access.GetAsync(id, cancellationToken));
        if (!permission.Allows(caller.Access))
        {
            return new Admission(null, await request.RefuseAsync(logger, function, HttpStatusCode.Forbidden, permission.Refusal, caller, permission.Scope));
        }
        return new Admission(caller, null);
    }

    private bool Trusted(HttpRequestData request) => Settings.Mode switch
    {
        SignInMode.EasyAuth => true,
        SignInMode.LoopbackDevelopment => request.Url.IsLoopback,
        _ => false,
    };
}
