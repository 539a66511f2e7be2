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
/// receipt, latest first by period, each with where to read the receipt.
/// </summary>
public sealed class ListReceipts(CallerResolver callers, StorageAccount storage, ILogger<ListReceipts> logger)
{
    public const int MaxItems = 1000;

    [Function(nameof(ListReceipts))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Receipts)] HttpRequestData request,
        string kind, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = await callers.ResolveAsync(request, cancellationToken);
        if (caller is null) { return await request.AnonymousAsync(logger, nameof(ListReceipts)); }
        if (ApiRoutes.Kind(kind) is not { } returnKind || !UploadPath.TryParse($"{kind}/{code}/x/x.xlsx", out _, out _))
        {
            return await request.RefuseAsync(logger, nameof(ListReceipts), HttpStatusCode.NotFound, "Receipts are listed at receipts/pcn/{code} or receipts/icb/{code}.", caller);
        }
        var scope = CallerAccess.Prefix(returnKind, code);
        if (!caller.Access.MaySubmitFor(returnKind, code))
        {
            return await request.RefuseAsync(logger, nameof(ListReceipts), HttpStatusCode.Forbidden, $"This sign-in may not read receipts for {scope}.", caller, scope);
        }
        var period = request.Query["period"];
        var prefix = string.IsNullOrWhiteSpace(period) ? $"{scope}/" : $"{scope}/{period.Trim()}/";
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
