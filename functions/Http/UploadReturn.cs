using System.Net;
using System.Security.Cryptography;
using Azure.Storage.Blobs.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Storage;
using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>
/// <c>POST /api/returns/{kind}/{code}/{period}/{file}</c>, the body being the file itself: stores the
/// upload in <c>returns</c> and answers 202 with where its receipt will be. Validation and the receipt
/// are the blob trigger's work (<see cref="IngestReturn"/>), exactly as for any other upload.
/// Refused, with nothing written: a route value not of the expected shape 400 (checked first), no
/// sign-in 503, no identity 401, an organisation the caller may not submit for 403, a body over 20 MB 413.
/// </summary>
public sealed class UploadReturn(SignIn signIn, StorageAccount storage, ILogger<UploadReturn> logger)
{
    public const string SubmittedByMetadata = "submittedby";

    public static long MaxBytes => ReadLimits.Default.MaxUploadBytes;

    [Function(nameof(UploadReturn))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Upload)] HttpRequestData request,
        string kind, string code, string period, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = UploadPath.Check(kind, code, period, file);
        if (check.Path is not { } path) { return await request.BadShapeAsync(logger, nameof(UploadReturn), check.Problem!.Message); }
        var admission = await signIn.AdmitAsync(request, logger, nameof(UploadReturn),
            Permission.SubmitterFor(path.Kind, path.OrganisationCode, "submit returns"), cancellationToken);
        if (admission.Caller is not { } caller) { return admission.Refusal!; }
        var scope = CallerAccess.Prefix(path.Kind, path.OrganisationCode);
        var body = await BoundedBody.ReadAsync(request, MaxBytes, cancellationToken);
        if (body is null)
        {
            return await request.RefuseAsync(logger, nameof(UploadReturn), HttpStatusCode.RequestEntityTooLarge,
                $"A return may be at most {MaxBytes / (1024 * 1024)} MB.", caller, scope);
        }
        if (body.Length == 0)
        {
            return await request.RefuseAsync(logger, nameof(UploadReturn), HttpStatusCode.BadRequest, "The request has no file in its body.", caller, scope);
        }
        var uploaded = await storage.Returns.GetBlobClient(path.ToString()).UploadAsync(BinaryData.FromBytes(body), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [SubmittedByMetadata] = caller.Id.ToString() },
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentType(path) },
        }, cancellationToken);
        HttpLog.UploadAccepted(logger, scope, path.Period, caller.Id.ToString(), body.Length, uploaded.Value.VersionId ?? "-");

        var location = ApiRoutes.ReceiptLocation(path);
        var response = await Responses.JsonAsync(request, HttpStatusCode.Accepted, new
        {
            upload = path.ToString(),
            status = "received",
            receipt = location,
            sha256 = Convert.ToHexStringLower(SHA256.HashData(body)),
            versionId = uploaded.Value.VersionId,
        });
        response.Headers.Add("Location", location);
        return response;
    }

    private static string ContentType(UploadPath path) => path.Extension switch
    {
        ".xlsx" => SpReporting.Dashboard.SiteContentTypes.Xlsx,
        ".zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
