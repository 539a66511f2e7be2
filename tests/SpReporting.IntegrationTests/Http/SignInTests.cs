using System.Net;
using Microsoft.Extensions.Configuration;
using SpReporting.Functions.Http;
using SpReporting.IntegrationTests.Support;
using SpReporting.Storage.Access;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// The principal header is believed only where a sign-in stands in front of the app: with none, a
/// well-formed principal of a caller with every right is refused (503) and nothing is written or
/// logged about it; the development sign-in answers loopback requests only and never in Azure.
/// North Newham PCN (U52641) and 2021-10 are this class's own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SignInTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private const string Own = "U52641";
    private const string Period = "2021-10";
    private static readonly CallerId Submitter = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641eeee001");

    public Task InitializeAsync() => new HttpHarness(fixture).Access.GrantAsync(Submitter, [$"pcn/{Own}"], [Roles.Reviewer]);

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<Microsoft.Azure.Functions.Worker.Http.HttpResponseData> Upload(HttpHarness h, string host) =>
        h.Upload.RunAsync(Request(host, "POST", $"returns/pcn/{Own}/{Period}/r.zip", new MemoryStream(TestReturns.Valid(new(2021, 10), pcn: Own))),
            "pcn", Own, Period, "r.zip", CancellationToken.None);

    private static TestHttpRequestData Request(string host, string method, string path, Stream? body = null)
    {
        var request = new TestHttpRequestData(new TestFunctionContext(path), method, new Uri($"{host}/api/{path}"), body);
        request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(Submitter.Provider, Submitter.UserId));
        return request;
    }

    [Fact]
    public async Task A_forged_principal_is_refused_by_every_function_when_no_sign_in_is_in_front()
    {
        var h = new HttpHarness(fixture, SignInMode.None);
        var before = await StorageListing.TakeAsync(h.Storage);
        var responses = new[]
        {
            await Upload(h, HttpHarness.Host),
            await h.Receipt.RunAsync(Request(HttpHarness.Host, "GET", "receipts/x"), "pcn", Own, Period, "r.zip", CancellationToken.None),
            await h.Receipts.RunAsync(Request(HttpHarness.Host, "GET", "receipts/x"), "pcn", Own, CancellationToken.None),
            await h.Template.RunAsync(Request(HttpHarness.Host, "GET", "templates/pcn"), "pcn", CancellationToken.None),
            await h.Export.RunAsync(Request(HttpHarness.Host, "GET", "exports/metrics.csv"), "metrics.csv", CancellationToken.None),
            await h.Dashboard.RunAsync(Request(HttpHarness.Host, "GET", "dashboard/"), "", CancellationToken.None),
        };
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
        Assert.Equal(before, await StorageListing.TakeAsync(h.Storage));
        Assert.Equal(6, h.Logs.Entries.Count(e => e.Contains("refused with 503", StringComparison.Ordinal)));
        Assert.DoesNotContain(Submitter.UserId, h.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_development_sign_in_answers_loopback_requests_only()
    {
        var h = new HttpHarness(fixture, SignInMode.LoopbackDevelopment);
        var before = await StorageListing.TakeAsync(h.Storage);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Upload(h, "https://spr-dev.example.net")).StatusCode);
        Assert.Equal(before, await StorageListing.TakeAsync(h.Storage));

        var local = HttpHarness.Response(await h.Template.RunAsync(Request("http://127.0.0.1:7071", "GET", "templates/pcn"), "pcn", CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Theory]
    [InlineData(null, null, null, SignInMode.None)]
    [InlineData("EasyAuth", null, null, SignInMode.EasyAuth)]
    [InlineData("easyauth", null, null, SignInMode.None)]
    [InlineData("", "loopback", null, SignInMode.LoopbackDevelopment)]
    [InlineData("", "loopback", "func-abc123", SignInMode.None)]
    [InlineData("", "true", null, SignInMode.None)]
    public void The_mode_comes_from_the_settings_the_infrastructure_writes(string? platform, string? development, string? azureSite, SignInMode expected)
    {
        var values = new Dictionary<string, string?>
        {
            [SignInSettings.PlatformSetting] = platform,
            [SignInSettings.DevelopmentSetting] = development,
            [SignInSettings.AzureSiteSetting] = azureSite,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        Assert.Equal(expected, SignInSettings.From(configuration).Mode);
    }
}
