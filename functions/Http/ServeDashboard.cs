using System.Net;
using Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Storage;
using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>
/// <c>GET /api/dashboard/{*path}</c>: the published dashboard from the private <c>site</c> container,
/// for commissioners and reviewers, behind the Function App's Entra ID sign-in (docs/deployment.md
/// says why this, rather than a public static website). A browser with no sign-in is sent to the
/// sign-in page and back.
/// </summary>
public sealed class ServeDashboard(CallerResolver callers, StorageAccount storage, ILogger<ServeDashboard> logger)
{
    public const string SignInPath = "/.auth/login/aad";
    public const string Root = "/" + ApiRoutes.Prefix + "/dashboard/";

    [Function(nameof(ServeDashboard))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Dashboard)] HttpRequestData request,
        string? path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = await callers.ResolveAsync(request, cancellationToken);
        if (caller is null)
        {
            HttpLog.Refused(logger, nameof(ServeDashboard), (int)HttpStatusCode.Found, "No identity: sent to sign in", "anonymous", "-");
            return Responses.Redirect(request, $"{SignInPath}?post_login_redirect_uri={Uri.EscapeDataString(Root)}");
        }
        if (!caller.Access.HasAnyRole(Roles.Readers))
        {
            return await request.RefuseAsync(logger, nameof(ServeDashboard), HttpStatusCode.Forbidden, "The dashboard is for commissioners and reviewers.", caller);
        }
        // Relative links in the pages resolve against the folder, so the root must end with a slash.
        if (string.IsNullOrEmpty(path) && !request.Url.AbsolutePath.EndsWith('/')) { return Responses.Redirect(request, Root); }
        var name = SiteFiles.BlobName(path);
        if (name is null || SiteFiles.ContentType(name) is not { } contentType)
        {
            return await Responses.ProblemAsync(request, HttpStatusCode.NotFound, "No such page.");
        }
        try
        {
            var blob = await storage.Site.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
            using var content = blob.Value.Content;
            var response = await Responses.FileAsync(request, content, contentType, null, cancellationToken);
            response.Headers.Add("Cache-Control", "private, no-cache");
            return response;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return await Responses.ProblemAsync(request, HttpStatusCode.NotFound, "No such page.");
        }
    }
}
