using System.Net;
using Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Returns;
using SpReporting.Storage;
using SpReporting.Storage.Access;
using SpReporting.Storage.Receipts;

namespace SpReporting.Functions.Http;

/// <summary>
/// <c>GET /api/receipts/{kind}/{code}/{period}/{file}</c>: the receipt of the latest upload at that
/// path, for a caller that may submit for the organisation. 202 while the upload is stored but not
/// yet processed, 404 if there is no such upload.
/// </summary>
public sealed class ReadReceipt(CallerResolver callers, StorageAccount storage, ILogger<ReadReceipt> logger)
{
    [Function(nameof(ReadReceipt))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Receipt)] HttpRequestData request,
        string kind, string code, string period, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = await callers.ResolveAsync(request, cancellationToken);
        if (caller is null) { return await request.AnonymousAsync(logger, nameof(ReadReceipt)); }
        if (!UploadPath.TryParse($"{kind}/{code}/{period}/{file}", out var path, out var error))
        {
            return await request.RefuseAsync(logger, nameof(ReadReceipt), HttpStatusCode.BadRequest, error, caller);
        }
        var scope = CallerAccess.Prefix(path!.Kind, path.OrganisationCode);
        if (!caller.Access.MaySubmitFor(path.Kind, path.OrganisationCode))
        {
            return await request.RefuseAsync(logger, nameof(ReadReceipt), HttpStatusCode.Forbidden, $"This sign-in may not read receipts for {scope}.", caller, scope);
        }
        try
        {
            var receipt = await storage.Receipts.GetBlobClient(ReceiptStore.LatestBlobName(path.ToString())).DownloadStreamingAsync(cancellationToken: cancellationToken);
            using var content = receipt.Value.Content;
            HttpLog.Served(logger, nameof(ReadReceipt), scope, caller.Id.ToString());
            var response = await Responses.FileAsync(request, content, "application/json; charset=utf-8", null, cancellationToken);
            response.Headers.Add("Cache-Control", "no-store");
            return response;
        }
        catch (RequestFailedException e) when (e.Status == 404) { }

        if (await storage.Returns.GetBlobClient(path.ToString()).ExistsAsync(cancellationToken))
        {
            var pending = await Responses.JsonAsync(request, HttpStatusCode.Accepted, new { upload = path.ToString(), status = "processing" });
            pending.Headers.Add("Retry-After", "5");
            return pending;
        }
        return await Responses.ProblemAsync(request, HttpStatusCode.NotFound, "There is no upload at this path.");
    }
}
