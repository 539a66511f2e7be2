using System.Net;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace SpReporting.Functions.Http;

/// <summary>
/// Refusing a request: logged, then answered with a short problem document. Nothing is written to
/// storage on any path that ends here.
/// </summary>
internal static class Refusal
{
    public static Task<HttpResponseData> RefuseAsync(this HttpRequestData request, ILogger logger, string function,
        HttpStatusCode status, string reason, Caller? caller, string scope = "-")
    {
        HttpLog.Refused(logger, function, (int)status, reason, caller?.Id.ToString() ?? "anonymous", scope);
        return Responses.ProblemAsync(request, status, reason);
    }

    public static Task<HttpResponseData> AnonymousAsync(this HttpRequestData request, ILogger logger, string function, string scope = "-") =>
        request.RefuseAsync(logger, function, HttpStatusCode.Unauthorized, "Sign in first: the request carries no identity.", null, scope);
}
