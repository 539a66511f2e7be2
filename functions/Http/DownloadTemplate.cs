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
/// </summary>
public sealed class DownloadTemplate(CallerResolver callers, ILogger<DownloadTemplate> logger)
{
    public const string XlsxType = SpReporting.Dashboard.SiteContentTypes.Xlsx;

    [Function(nameof(DownloadTemplate))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Template)] HttpRequestData request,
        string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = await callers.ResolveAsync(request, cancellationToken);
        if (caller is null) { return await request.AnonymousAsync(logger, nameof(DownloadTemplate)); }
        if (ApiRoutes.Kind(kind) is not { } returnKind)
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
