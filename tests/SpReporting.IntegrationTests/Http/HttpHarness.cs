using SpReporting.Functions.Http;
using SpReporting.IntegrationTests.Support;
using SpReporting.Storage;
using SpReporting.Storage.Access;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// The HTTP function classes built as Program.cs registers them, over the real Azurite account, with
/// a kept log; and requests as the platform delivers them, the caller in <c>X-MS-CLIENT-PRINCIPAL</c>.
/// </summary>
internal sealed class HttpHarness(AzuriteFixture fixture, SignInMode signIn = SignInMode.EasyAuth)
{
    public const string Host = "https://spr-test.example.net";

    public StorageAccount Storage => fixture.Storage;

    public LogCapture Logs { get; } = new();

    public AccessStore Access => new(Storage);

    private SignIn Callers => new(Access, new SignInSettings(signIn));

    public UploadReturn Upload => new(Callers, Storage, Logs.For<UploadReturn>());
    public ReadReceipt Receipt => new(Callers, Storage, Logs.For<ReadReceipt>());
    public ListReceipts Receipts => new(Callers, Storage, Logs.For<ListReceipts>());
    public DownloadTemplate Template => new(Callers, Logs.For<DownloadTemplate>());
    public DownloadExport Export => new(Callers, Storage, Logs.For<DownloadExport>());
    public ServeDashboard Dashboard => new(Callers, Storage, Logs.For<ServeDashboard>());

    public static CallerId Caller(string objectId) => new("aad", objectId);

    /// <summary>A request to <c>/api/{path}</c>; <paramref name="caller"/> null sends no principal.</summary>
    public static TestHttpRequestData Request(string method, string path, CallerId? caller, Stream? body = null, long? contentLength = null)
    {
        var request = new TestHttpRequestData(new TestFunctionContext(path), method, new Uri($"{Host}/api/{path}"), body);
        if (caller is not null) { request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(caller.Provider, caller.UserId)); }
        if (contentLength is { } length) { request.Headers.Add("Content-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
        return request;
    }

    public static TestHttpRequestData Post(string path, CallerId? caller, byte[] body) =>
        Request("POST", path, caller, new MemoryStream(body), body.Length);

    public static TestHttpResponseData Response(Microsoft.Azure.Functions.Worker.Http.HttpResponseData response) => (TestHttpResponseData)response;
}
