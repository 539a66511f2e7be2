using System.Net;
using SpReporting.IntegrationTests.Support;
using SpReporting.Storage.Access;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// Every route value of every HTTP function, given a dot segment, padding, an encoding left in, a
/// separator or an NHS number, by a caller who would be allowed the well-shaped request: 400, the
/// storage account exactly as it was, and a log line that holds none of what was sent.
/// Bradford PCN codes (U52641 is the caller's own) and 2021-09 are this class's own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RouteShapeTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private const string Own = "U52641";
    private const string Period = "2021-09";
    private const string File = "shape-return.zip";
    private static readonly CallerId Everything = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641dddd001");
    private readonly HttpHarness _h = new(fixture);

    /// <summary>Values no route segment may take.</summary>
    public static TheoryData<string> Odd => new()
    {
        ".", "..", "", " ", $" {Own}", $"{Own} ", "%2e%2e", "..%2F..", "a/../b", "a\\b", "\t", TestReturns.NhsNumber, "943 476 5919",
    };

    public async Task InitializeAsync()
    {
        await _h.Access.GrantAsync(Everything, [$"pcn/{Own}", "icb/QMF"], [Roles.Commissioner, Roles.Reviewer]);
        await _h.Storage.Returns.GetBlobClient($"pcn/{Own}/{Period}/{File}").UploadAsync(new BinaryData(TestReturns.Valid(new(2021, 9), pcn: Own)), overwrite: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task AssertRefusedAsync(string odd, Func<Task<Microsoft.Azure.Functions.Worker.Http.HttpResponseData>> act, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var before = await StorageListing.TakeAsync(_h.Storage);
        var response = HttpHarness.Response(await act());
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await StorageListing.TakeAsync(_h.Storage));
        if (expected == HttpStatusCode.BadRequest) { Assert.Contains(_h.Logs.Entries, e => e.Contains("refused with 400", StringComparison.Ordinal)); }
        // The log names no path, file, organisation, caller or anything sent; the response repeats nothing sent.
        // (After sign-in, a 404 names the platform's pseudonymous caller id, as every served request does.)
        var leaks = new[] { File, Own, Period, TestReturns.NhsNumber, "943 476 5919", "%2e", "/../", "\\" };
        if (expected == HttpStatusCode.BadRequest) { leaks = [.. leaks, Everything.UserId]; }
        foreach (var leak in leaks)
        {
            Assert.DoesNotContain(leak, _h.Logs.AllText, StringComparison.OrdinalIgnoreCase);
        }
        if (odd.Trim().Length > 4) { Assert.DoesNotContain(odd.Trim(), response.BodyText(), StringComparison.Ordinal); }
    }

    private static Microsoft.Azure.Functions.Worker.Http.HttpRequestData Get(string path) => HttpHarness.Request("GET", path, Everything);

    [Theory]
    [MemberData(nameof(Odd))]
    public async Task Upload_refuses_an_odd_value_in_every_segment(string odd)
    {
        byte[] body = TestReturns.Valid(new(2021, 9), pcn: Own);
        await AssertRefusedAsync(odd, () => _h.Upload.RunAsync(HttpHarness.Post("returns/x", Everything, body), odd, Own, Period, File, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Upload.RunAsync(HttpHarness.Post("returns/x", Everything, body), "pcn", odd, Period, File, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Upload.RunAsync(HttpHarness.Post("returns/x", Everything, body), "pcn", Own, odd, File, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Upload.RunAsync(HttpHarness.Post("returns/x", Everything, body), "pcn", Own, Period, odd, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Odd))]
    public async Task Receipt_read_refuses_an_odd_value_in_every_segment(string odd)
    {
        await AssertRefusedAsync(odd, () => _h.Receipt.RunAsync(Get("receipts/x"), odd, Own, Period, File, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Receipt.RunAsync(Get("receipts/x"), "pcn", odd, Period, File, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Receipt.RunAsync(Get("receipts/x"), "pcn", Own, odd, File, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Receipt.RunAsync(Get("receipts/x"), "pcn", Own, Period, odd, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Odd))]
    public async Task Receipt_list_refuses_an_odd_kind_code_or_period(string odd)
    {
        await AssertRefusedAsync(odd, () => _h.Receipts.RunAsync(Get("receipts/x"), odd, Own, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Receipts.RunAsync(Get("receipts/x"), "pcn", odd, CancellationToken.None));
        await AssertRefusedAsync(odd, () => _h.Receipts.RunAsync(Get($"receipts/pcn/{Own}?period={Uri.EscapeDataString(odd)}"), "pcn", Own, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Odd))]
    public async Task Template_export_and_dashboard_refuse_an_odd_value(string odd)
    {
        // A plain word that names no template or export is 404, after sign-in; anything else is 400 before it.
        var word = odd == TestReturns.NhsNumber ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest;
        await AssertRefusedAsync(odd, () => _h.Template.RunAsync(Get("templates/x"), odd, CancellationToken.None), word);
        await AssertRefusedAsync(odd, () => _h.Export.RunAsync(Get("exports/x"), odd, CancellationToken.None), word);
        if (odd.Length > 0) // an empty dashboard path is the site's root
        {
            await AssertRefusedAsync(odd, () => _h.Dashboard.RunAsync(Get("dashboard/x"), odd, CancellationToken.None), word);
            await AssertRefusedAsync(odd, () => _h.Dashboard.RunAsync(Get("dashboard/x"), $"js/{odd}/app.js", CancellationToken.None), word);
        }
    }

    [Theory]
    [InlineData("return.csv")]
    [InlineData(".return.zip")]
    [InlineData(".zip")]
    [InlineData("june return.zip")]
    [InlineData("return(1).xlsx")]
    public async Task Upload_refuses_a_file_name_of_unsafe_characters_or_the_wrong_type(string file) =>
        await AssertRefusedAsync(file, () => _h.Upload.RunAsync(HttpHarness.Post("returns/x", Everything, [1, 2, 3]), "pcn", Own, Period, file, CancellationToken.None));

    [Theory]
    [InlineData("pcn", "U5264", "2021-09")]
    [InlineData("pcn", "U526411", "2021-09")]
    [InlineData("pcn", "QMF", "2021-09")]
    [InlineData("pcn", Own, "2021-9")]
    [InlineData("pcn", Own, "2021-Q2")]
    [InlineData("pcn", Own, "2021-13")]
    [InlineData("icb", "QMF", "2021-09")]
    [InlineData("icb", "QMF1", "2021-Q2")]
    [InlineData("icb", "QMF", "2021-Q5")]
    public async Task Codes_and_periods_must_have_the_shape_of_their_kind(string kind, string code, string period) =>
        await AssertRefusedAsync(code, () => _h.Upload.RunAsync(HttpHarness.Post("returns/x", Everything, [1, 2, 3]), kind, code, period, File, CancellationToken.None));
}
