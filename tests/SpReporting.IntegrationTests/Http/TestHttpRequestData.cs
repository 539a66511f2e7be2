using System.Net;
using System.Security.Claims;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace SpReporting.IntegrationTests.Http;

/// <summary>An HTTP request as the worker would hand it to a function: method, URL, headers, body.</summary>
internal sealed class TestHttpRequestData(FunctionContext context, string method, Uri url, Stream? body = null) : HttpRequestData(context)
{
    public override Stream Body { get; } = body ?? new MemoryStream();

    public override HttpHeadersCollection Headers { get; } = [];

    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];

    public override Uri Url { get; } = url;

    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];

    public override string Method { get; } = method;

    public override HttpResponseData CreateResponse() => new TestHttpResponseData(FunctionContext);
}

internal sealed class TestHttpResponseData(FunctionContext context) : HttpResponseData(context)
{
    public override HttpStatusCode StatusCode { get; set; } = HttpStatusCode.OK;

    public override HttpHeadersCollection Headers { get; set; } = [];

    public override Stream Body { get; set; } = new MemoryStream();

    public override HttpCookies Cookies { get; } = new TestHttpCookies();

    public byte[] BodyBytes()
    {
        var ms = (MemoryStream)Body;
        return ms.ToArray();
    }

    public string BodyText() => System.Text.Encoding.UTF8.GetString(BodyBytes());

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class TestHttpCookies : HttpCookies
    {
        public override void Append(string name, string value) { }

        public override void Append(IHttpCookie cookie) { }

        public override IHttpCookie CreateNew() => new HttpCookie("", "");
    }
}
