using System.Net;
using Azure.Storage.Blobs.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Returns;
using SpReporting.Storage;
using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>
/// <c>GET /api/receipts/{kind}/{code}[?period=yyyy-MM]</c>: the caller's own uploads that have a
/// receipt, latest first by period, each with where to read the receipt. 400 for a kind, code or
/// period not of the expected shape.
/// </summary>
public sealed class ListReceipts(SignIn signIn, StorageAccount storage, ILogger<ListReceipts> logger)
{
    public const int MaxItems = 1000;

    [Function(nameof(ListReceipts))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Receipts)] HttpRequestData request,
        string kind, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = request.Query["period"];
        if (UploadPath.TryKind(kind) is not { } returnKind)
        {
            return await request.BadShapeAsync(logger, nameof(ListReceipts), UploadPathProblem.Kind.Message);
        }
        if (UploadPath.TryOrganisation(returnKind, code) is not { } organisation)
        {
            return await request.BadShapeAsync(logger, nameof(ListReceipts), UploadPathProblem.Organisation(returnKind).Message);
        }
        string? canonicalPeriod = null;
        if (period is not null && (canonicalPeriod = UploadPath.TryPeriod(returnKind, period)) is null)
        {
            return await request.BadShapeAsync(logger, nameof(ListReceipts), UploadPathProblem.Period(returnKind).Message);
        }
        var admission = await signIn.AdmitAsync(request, logger, nameof(ListReceipts),
            Permission.SubmitterFor(returnKind, organisation, "read receipts"), cancellationToken);
        if (admission.Caller is not { } caller) { return admission.Refusal!; }
        var scope = CallerAccess.Prefix(returnKind, organisation);
        var prefix = canonicalPeriod is null ? $"{scope}/" : $"{scope}/{canonicalPeriod}/";
        var items = new List<object>();
        await foreach (var blob in storage.Receipts.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            // Latest-at-path receipts only; each upload's own copy lives under "{path}.uploads/".
            if (!blob.Name.EndsWith(".json", StringComparison.Ordinal) || blob.Name.Contains(".uploads/", StringComparison.Ordinal)) { continue; }
            if (!UploadPath.TryParse(blob.Name[..^".json".Length], out var upload, out _)) { continue; }
            items.Add(new { upload = upload!.ToString(), period = upload.Period, receipt = ApiRoutes.ReceiptLocation(upload), updatedAt = blob.Properties.LastModified });
            if (items.Count == MaxItems) { break; }
        }
        items.Reverse(); // listing is in name order, so periods ascend; latest first reads better
        HttpLog.Served(logger, nameof(ListReceipts), scope, caller.Id.ToString());
        return await Responses.JsonAsync(request, HttpStatusCode.OK, new { organisation = scope, receipts = items });
    }
}
