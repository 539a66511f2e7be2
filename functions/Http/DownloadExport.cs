using System.Net;
using System.Text.RegularExpressions;
using Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Packs;
using SpReporting.Storage;
using SpReporting.Returns;
using SpReporting.Storage.Publishing;

namespace SpReporting.Functions.Http;

/// <summary>
/// <c>GET /api/exports/{file}</c>: <c>metrics.csv</c> or an Excel pack (<c>splw-pack-QWE-2024-03.xlsx</c>)
/// from <c>exports</c>, for commissioners and reviewers. Both are published after disclosure
/// control, so either role may have any of them. A name not of the safe shape is 400, checked
/// first; other names are 404 without touching storage.
/// </summary>
public sealed partial class DownloadExport(SignIn signIn, StorageAccount storage, ILogger<DownloadExport> logger)
{
    [Function(nameof(DownloadExport))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Export)] HttpRequestData request,
        string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!UploadPath.IsSafeSegment(file))
        {
            return await request.BadShapeAsync(logger, nameof(DownloadExport), "Exports are metrics.csv and the packs splw-pack-{area}-{yyyy-MM}.xlsx.");
        }
        var admission = await signIn.AdmitAsync(request, logger, nameof(DownloadExport), Permission.Readers("Exports are for commissioners and reviewers."), cancellationToken);
        if (admission.Caller is not { } caller) { return admission.Refusal!; }
        if (ContentType(file) is not { } contentType)
        {
            return await Responses.ProblemAsync(request, HttpStatusCode.NotFound, "Exports are metrics.csv and the packs splw-pack-{area}-{yyyy-MM}.xlsx.");
        }
        try
        {
            var blob = await storage.Exports.GetBlobClient(file).DownloadStreamingAsync(cancellationToken: cancellationToken);
            using var content = blob.Value.Content;
            HttpLog.Served(logger, nameof(DownloadExport), file, caller.Id.ToString());
            return await Responses.FileAsync(request, content, contentType, file, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return await Responses.ProblemAsync(request, HttpStatusCode.NotFound, "That export has not been published.");
        }
    }

    /// <summary>The content type of an export name, or null for a name that is not an export.</summary>
    public static string? ContentType(string? file) => file switch
    {
        PublishService.MetricsCsv => "text/csv; charset=utf-8",
        not null when PackName().IsMatch(file) => DownloadTemplate.XlsxType,
        _ => null,
    };

    [GeneratedRegex("^" + PackNames.Prefix + "[A-Za-z0-9]{1,10}-[0-9]{4}-[0-9]{2}\\.xlsx$")]
    private static partial Regex PackName();
}
