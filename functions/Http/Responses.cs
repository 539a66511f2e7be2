using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Http;

namespace SpReporting.Functions.Http;

/// <summary>
/// Response helpers that need nothing from the worker's services (so the function classes can be
/// invoked directly): JSON written with System.Text.Json, files copied from a stream.
/// </summary>
internal static class Responses
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<HttpResponseData> JsonAsync<T>(HttpRequestData request, HttpStatusCode status, T body, string contentType = "application/json; charset=utf-8")
    {
        var response = request.CreateResponse(status);
        response.Headers.Add("Content-Type", contentType);
        response.Headers.Add("Cache-Control", "no-store");
        await response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        return response;
    }

    /// <summary>An RFC 9457 problem document.</summary>
    public static Task<HttpResponseData> ProblemAsync(HttpRequestData request, HttpStatusCode status, string detail) =>
        JsonAsync(request, status, new { status = (int)status, title = status.ToString(), detail }, "application/problem+json; charset=utf-8");

    public static async Task<HttpResponseData> FileAsync(HttpRequestData request, Stream content, string contentType, string? downloadName, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", contentType);
        response.Headers.Add("X-Content-Type-Options", "nosniff");
        if (downloadName is not null) { response.Headers.Add("Content-Disposition", $"attachment; filename=\"{downloadName}\""); }
        await content.CopyToAsync(response.Body, cancellationToken);
        return response;
    }

    public static HttpResponseData Redirect(HttpRequestData request, string location)
    {
        var response = request.CreateResponse(HttpStatusCode.Found);
        response.Headers.Add("Location", location);
        return response;
    }
}
