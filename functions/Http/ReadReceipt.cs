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
/// yet processed, 404 if there is no such upload, 400 for a route value not of the expected shape.
/// </summary>
public sealed class ReadReceipt(SignIn signIn, StorageAccount storage, ILogger<ReadReceipt> logger)
{
    [Function(nameof(ReadReceipt))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Receipt)] HttpRequestData request,
        string kind, string code, string period, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = UploadPath.Check(kind, code, period, file);
        if (check.Path is not { } path) { return await request.BadShapeAsync(logger, nameof(ReadReceipt), check.Problem!.Message); }
        var admission = await signIn.AdmitAsync(request, logger, nameof(ReadReceipt),
            Permission.SubmitterFor(path.Kind, path.OrganisationCode, "read receipts"), cancellationToken);
        if (admission.Caller is not { } caller) { return admission.Refusal!; }
        var scope = CallerAccess.Prefix(path.Kind, path.OrganisationCode);
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
