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
    /// <summary>The only reason logged for a route value of the wrong shape: the value itself may hold anything.</summary>
    public const string ShapeReason = "a route value is not of the expected shape";

    public static Task<HttpResponseData> RefuseAsync(this HttpRequestData request, ILogger logger, string function,
        HttpStatusCode status, string reason, Caller? caller, string scope = "-")
    {
        HttpLog.Refused(logger, function, (int)status, reason, caller?.Id.ToString() ?? "anonymous", scope);
        return Responses.ProblemAsync(request, status, reason);
    }

    public static Task<HttpResponseData> AnonymousAsync(this HttpRequestData request, ILogger logger, string function, string scope = "-") =>
        request.RefuseAsync(logger, function, HttpStatusCode.Unauthorized, "Sign in first: the request carries no identity.", null, scope);

    /// <summary>
    /// 400 for a route value that is not of the expected shape, checked before anyone is signed in:
    /// the response says which shape was expected (never repeating the value), the log says only
    /// that a value was refused, with no caller, path or file name.
    /// </summary>
    public static Task<HttpResponseData> BadShapeAsync(this HttpRequestData request, ILogger logger, string function, string detail)
    {
        HttpLog.Refused(logger, function, (int)HttpStatusCode.BadRequest, ShapeReason, "-", "-");
        return Responses.ProblemAsync(request, HttpStatusCode.BadRequest, detail);
    }
}
