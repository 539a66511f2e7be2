using System.Net;
using Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Storage;

namespace SpReporting.Functions.Http;

/// <summary>
/// <c>GET /api/dashboard/{*path}</c>: the published dashboard from the private <c>site</c> container,
/// for commissioners and reviewers, behind the Function App's Entra ID sign-in (docs/deployment.md
/// says why this, rather than a public static website). A browser with no sign-in is sent to the
/// sign-in page and back.
/// </summary>
public sealed class ServeDashboard(SignIn signIn, StorageAccount storage, ILogger<ServeDashboard> logger)
{
    public const string SignInPath = "/.auth/login/aad";
    public const string Root = "/" + ApiRoutes.Prefix + "/dashboard/";

    [Function(nameof(ServeDashboard))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Dashboard)] HttpRequestData request,
        string? path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = SiteFiles.BlobName(path);
        if (name is null)
        {
            return await request.BadShapeAsync(logger, nameof(ServeDashboard), "A dashboard address is made of letters, digits, dots, dashes and underscores.");
        }
        var admission = await signIn.AdmitAsync(request, logger, nameof(ServeDashboard),
            Permission.Readers("The dashboard is for commissioners and reviewers.", sendAnonymousToSignIn: true), cancellationToken);
        if (admission.Caller is null) { return admission.Refusal!; }
        // Relative links in the pages resolve against the folder, so the root must end with a slash.
        if (string.IsNullOrEmpty(path) && !request.Url.AbsolutePath.EndsWith('/')) { return Responses.Redirect(request, Root); }
        if (SiteFiles.ContentType(name) is not { } contentType)
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
