using System.Net;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Storage.Access;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// Uploads refused for who is calling or what they send: the right status, a log line, and the
/// storage account exactly as it was. North Newham PCN (U52641) and periods 2022-02 and 2022-04 are this class's own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploadAuthorisationTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private const string Own = "U52641";
    private const string Other = "U52546";
    private static readonly Month Period = new(2022, 4);
    private static readonly CallerId Submitter = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641aaaa001");
    private static readonly CallerId Commissioner = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641aaaa003");
    private static readonly CallerId Stranger = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641aaaa002");
    private readonly HttpHarness _h = new(fixture);

    public async Task InitializeAsync()
    {
        await _h.Access.GrantAsync(Submitter, [$"pcn/{Own}"], []);
        await _h.Access.GrantAsync(Commissioner, ["icb/QMF"], [Roles.Commissioner]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Route(string pcn) => $"returns/pcn/{pcn}/{Period}/return.zip";

    private async Task<TestHttpResponseData> PostAsync(string pcn, CallerId? caller, TestHttpRequestData? request = null)
    {
        request ??= HttpHarness.Post(Route(pcn), caller, TestReturns.Valid(Period, pcn: pcn));
        return HttpHarness.Response(await _h.Upload.RunAsync(request, "pcn", pcn, Period.ToString(), "return.zip", CancellationToken.None));
    }

    private async Task AssertRefusedAsync(HttpStatusCode expected, Func<Task<TestHttpResponseData>> act)
    {
        var before = await StorageListing.TakeAsync(_h.Storage);
        var response = await act();
        var after = await StorageListing.TakeAsync(_h.Storage);
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("application/problem+json", response.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Null(response.Header("Location"));
        Assert.Equal(before, after);
        Assert.Contains(_h.Logs.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) && e.Contains($"refused with {(int)expected}", StringComparison.Ordinal));
    }

    [Fact]
    public Task Anonymous_upload_is_401_and_writes_nothing() =>
        AssertRefusedAsync(HttpStatusCode.Unauthorized, () => PostAsync(Own, caller: null));

    [Fact]
    public Task Unreadable_principal_is_treated_as_anonymous()
    {
        var request = HttpHarness.Post(Route(Own), null, TestReturns.Valid(Period, pcn: Own));
        request.Headers.Add(SpReporting.Functions.Http.ClientPrincipal.Header, "not base64 {");
        return AssertRefusedAsync(HttpStatusCode.Unauthorized, () => PostAsync(Own, null, request));
    }

    [Fact]
    public Task Upload_for_another_organisation_is_403_and_writes_nothing() =>
        AssertRefusedAsync(HttpStatusCode.Forbidden, () => PostAsync(Other, Submitter));

    [Fact]
    public Task Signed_in_caller_with_no_submitter_row_is_403() =>
        AssertRefusedAsync(HttpStatusCode.Forbidden, () => PostAsync(Own, Stranger));

    [Fact]
    public async Task Oversized_upload_with_a_declared_length_is_413_before_any_of_it_is_read()
    {
        var body = new CountingStream(SpReporting.Functions.Http.UploadReturn.MaxBytes + 1);
        var request = HttpHarness.Request("POST", Route(Own), Submitter, body, body.Length);
        await AssertRefusedAsync(HttpStatusCode.RequestEntityTooLarge, () => PostAsync(Own, Submitter, request));
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task Oversized_upload_without_a_length_is_413_and_read_no_further_than_the_limit()
    {
        var body = new CountingStream(3 * SpReporting.Functions.Http.UploadReturn.MaxBytes);
        var request = HttpHarness.Request("POST", Route(Own), Submitter, body);
        await AssertRefusedAsync(HttpStatusCode.RequestEntityTooLarge, () => PostAsync(Own, Submitter, request));
        Assert.InRange(body.BytesRead, SpReporting.Functions.Http.UploadReturn.MaxBytes, SpReporting.Functions.Http.UploadReturn.MaxBytes + 81_920);
    }

    [Fact]
    public async Task Upload_of_exactly_the_limit_is_not_refused_for_size()
    {
        // The boundary: 20 MB is allowed (ingest then rejects the content with a receipt, not the front door).
        var body = new CountingStream(SpReporting.Functions.Http.UploadReturn.MaxBytes);
        var request = HttpHarness.Request("POST", $"returns/pcn/{Own}/2022-02/limit.zip", Submitter, body, body.Length);
        var response = HttpHarness.Response(await _h.Upload.RunAsync(request, "pcn", Own, "2022-02", "limit.zip", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var props = await _h.Storage.Returns.GetBlobClient($"pcn/{Own}/2022-02/limit.zip").GetPropertiesAsync();
        Assert.Equal(SpReporting.Functions.Http.UploadReturn.MaxBytes, props.Value.ContentLength);
    }

    [Fact]
    public Task Malformed_path_is_400_and_writes_nothing() =>
        AssertRefusedAsync(HttpStatusCode.BadRequest, async () =>
        {
            var request = HttpHarness.Post($"returns/gp/{Own}/{Period}/return.zip", Submitter, [1, 2, 3]);
            return HttpHarness.Response(await _h.Upload.RunAsync(request, "gp", Own, Period.ToString(), "return.zip", CancellationToken.None));
        });

    [Fact]
    public async Task Icb_return_is_accepted_for_the_commissioners_own_icb_only()
    {
        var quarter = new Quarter(2022, 1);
        var content = TestReturns.IcbValid(quarter, "QMF");
        await AssertRefusedAsync(HttpStatusCode.Forbidden, async () => HttpHarness.Response(await _h.Upload.RunAsync(
            HttpHarness.Post($"returns/icb/QWE/{quarter}/plan.zip", Commissioner, content), "icb", "QWE", quarter.ToString(), "plan.zip", CancellationToken.None)));
        await AssertRefusedAsync(HttpStatusCode.Forbidden, async () => HttpHarness.Response(await _h.Upload.RunAsync(
            HttpHarness.Post($"returns/pcn/{Own}/{Period}/return.zip", Commissioner, content), "pcn", Own, Period.ToString(), "return.zip", CancellationToken.None)));

        var accepted = HttpHarness.Response(await _h.Upload.RunAsync(
            HttpHarness.Post($"returns/icb/QMF/{quarter}/plan.zip", Commissioner, content), "icb", "qmf", quarter.ToString(), "plan.zip", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal($"/api/receipts/icb/QMF/{quarter}/plan.zip", accepted.Header("Location"));
        Assert.Equal(content, (await _h.Storage.Returns.GetBlobClient($"icb/QMF/{quarter}/plan.zip").DownloadContentAsync()).Value.Content.ToArray());
    }
}
