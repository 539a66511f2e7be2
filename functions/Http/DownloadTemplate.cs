using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using SpReporting.Returns;
using SpReporting.Templates;

namespace SpReporting.Functions.Http;

/// <summary>
/// <c>GET /api/templates/{kind}</c> (<c>pcn</c> or <c>icb</c>): the blank return template, as
/// <c>spr template</c> writes it. Any signed-in caller may have one; anonymous requests get 401.
/// A kind that is not a plain word is 400; a word other than pcn or icb is 404.
/// </summary>
public sealed class DownloadTemplate(SignIn signIn, ILogger<DownloadTemplate> logger)
{
    public const string XlsxType = SpReporting.Dashboard.SiteContentTypes.Xlsx;

    [Function(nameof(DownloadTemplate))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Template)] HttpRequestData request,
        string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!UploadPath.IsSafeSegment(kind))
        {
            return await request.BadShapeAsync(logger, nameof(DownloadTemplate), "Templates are at templates/pcn and templates/icb.");
        }
        var admission = await signIn.AdmitAsync(request, logger, nameof(DownloadTemplate), Permission.AnySignedIn, cancellationToken);
        if (admission.Caller is not { } caller) { return admission.Refusal!; }
        if (UploadPath.TryKind(kind) is not { } returnKind)
        {
            return await request.RefuseAsync(logger, nameof(DownloadTemplate), HttpStatusCode.NotFound, "There are templates for pcn and icb only.", caller);
        }
        using var buffer = new MemoryStream();
        ReturnTemplates.Write(returnKind, buffer);
        buffer.Position = 0;
        var name = returnKind == ReturnKind.Pcn ? "splw-pcn-monthly-return.xlsx" : "splw-icb-quarterly-return.xlsx";
        HttpLog.Served(logger, nameof(DownloadTemplate), name, caller.Id.ToString());
        return await Responses.FileAsync(request, buffer, XlsxType, name, cancellationToken);
    }
}
