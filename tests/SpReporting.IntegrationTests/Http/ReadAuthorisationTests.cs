using System.IO.Compression;
using System.Net;
using SpReporting.IntegrationTests.Support;
using SpReporting.Storage.Access;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// Reading: receipts only for one's own organisations; templates for anyone signed in; exports and
/// the dashboard for commissioners and reviewers. Refusals change nothing in storage.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReadAuthorisationTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private const string Own = "U52641";
    private const string Other = "U52546";
    private const string Pack = "splw-pack-QMF-2021-08.xlsx";
    private static readonly CallerId Submitter = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641cccc001");
    private static readonly CallerId Reviewer = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641cccc002");
    private static readonly CallerId Commissioner = HttpHarness.Caller("5d0a54c6-0c1e-4c41-a3c5-52641cccc003");
    private static readonly byte[] PackBytes = [0x50, 0x4B, 3, 4, 1, 2, 3, 4, 5];
    private readonly HttpHarness _h = new(fixture);

    public async Task InitializeAsync()
    {
        await _h.Access.GrantAsync(Submitter, [$"pcn/{Own}"], []);
        await _h.Access.GrantAsync(Reviewer, [], [Roles.Reviewer]);
        await _h.Access.GrantAsync(Commissioner, ["icb/QMF"], [Roles.Commissioner]);
        await _h.Storage.Exports.GetBlobClient(Pack).UploadAsync(new BinaryData(PackBytes), overwrite: true);
        await _h.Storage.Site.GetBlobClient("index.html").UploadAsync(BinaryData.FromString("<!doctype html><title>SPLW</title>"), overwrite: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<TestHttpResponseData> RefusedAsync(HttpStatusCode expected, Func<Task<Microsoft.Azure.Functions.Worker.Http.HttpResponseData>> act)
    {
        var before = await StorageListing.TakeAsync(_h.Storage);
        var response = HttpHarness.Response(await act());
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await StorageListing.TakeAsync(_h.Storage));
        if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Found or HttpStatusCode.BadRequest)
        {
            Assert.Contains(_h.Logs.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) && e.Contains($"refused with {(int)expected}", StringComparison.Ordinal));
        }
        return response;
    }

    [Fact]
    public Task Receipt_of_another_organisation_is_403() =>
        RefusedAsync(HttpStatusCode.Forbidden, () => _h.Receipt.RunAsync(HttpHarness.Request("GET", $"receipts/pcn/{Other}/2021-08/r.zip", Submitter),
            "pcn", Other, "2021-08", "r.zip", CancellationToken.None));

    [Fact]
    public Task Receipt_list_of_another_organisation_is_403() =>
        RefusedAsync(HttpStatusCode.Forbidden, () => _h.Receipts.RunAsync(HttpHarness.Request("GET", $"receipts/pcn/{Other}", Submitter),
            "pcn", Other, CancellationToken.None));

    [Fact]
    public Task Anonymous_receipt_read_is_401() =>
        RefusedAsync(HttpStatusCode.Unauthorized, () => _h.Receipt.RunAsync(HttpHarness.Request("GET", $"receipts/pcn/{Own}/2021-08/r.zip", null),
            "pcn", Own, "2021-08", "r.zip", CancellationToken.None));

    [Fact]
    public Task Export_for_a_submitter_without_a_reader_role_is_403() =>
        RefusedAsync(HttpStatusCode.Forbidden, () => _h.Export.RunAsync(HttpHarness.Request("GET", $"exports/{Pack}", Submitter), Pack, CancellationToken.None));

    [Fact]
    public Task Anonymous_export_is_401() =>
        RefusedAsync(HttpStatusCode.Unauthorized, () => _h.Export.RunAsync(HttpHarness.Request("GET", $"exports/{Pack}", null), Pack, CancellationToken.None));

    [Theory]
    [InlineData("reviewer")]
    [InlineData("commissioner")]
    public async Task Export_is_served_to_reviewers_and_commissioners(string who)
    {
        var caller = who == "reviewer" ? Reviewer : Commissioner;
        var response = HttpHarness.Response(await _h.Export.RunAsync(HttpHarness.Request("GET", $"exports/{Pack}", caller), Pack, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PackBytes, response.BodyBytes());
        Assert.Contains(Pack, response.Header("Content-Disposition"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_name_with_a_dot_segment_is_400_before_sign_in()
    {
        var response = await RefusedAsync(HttpStatusCode.BadRequest, () => _h.Export.RunAsync(HttpHarness.Request("GET", "exports/x", null), "../receipts/pcn/U52641/2021-06/r.zip.json", CancellationToken.None));
        Assert.DoesNotContain("PK", response.BodyText(), StringComparison.Ordinal);
    }

    [Fact]
    public Task Icb_receipt_of_another_icb_is_403() =>
        RefusedAsync(HttpStatusCode.Forbidden, () => _h.Receipt.RunAsync(HttpHarness.Request("GET", "receipts/icb/QWE/2021-Q2/plan.zip", Commissioner),
            "icb", "QWE", "2021-Q2", "plan.zip", CancellationToken.None));

    [Fact]
    public Task Icb_receipt_list_of_another_icb_is_403() =>
        RefusedAsync(HttpStatusCode.Forbidden, () => _h.Receipts.RunAsync(HttpHarness.Request("GET", "receipts/icb/QWE", Commissioner),
            "icb", "QWE", CancellationToken.None));

    [Theory]
    [InlineData(" U52641", "2021-08", "r.zip")]
    [InlineData("U52641 ", "2021-08", "r.zip")]
    [InlineData("U52641", "..", "r.zip")]
    [InlineData("U52641", "2021-08", "..")]
    public Task Own_code_with_padding_or_a_dot_segment_does_not_pass_authorisation(string code, string period, string file) =>
        RefusedAsync(HttpStatusCode.BadRequest, () => _h.Receipt.RunAsync(HttpHarness.Request("GET", "receipts/x", Submitter),
            "pcn", code, period, file, CancellationToken.None));

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("metrics.csv.bak")]
    public async Task Export_names_other_than_metrics_and_packs_are_404(string file)
    {
        var response = await RefusedAsync(HttpStatusCode.NotFound, () => _h.Export.RunAsync(HttpHarness.Request("GET", "exports/x", Reviewer), file, CancellationToken.None));
        Assert.DoesNotContain("PK", response.BodyText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_needs_a_signed_in_caller_and_is_the_blank_workbook()
    {
        await RefusedAsync(HttpStatusCode.Unauthorized, () => _h.Template.RunAsync(HttpHarness.Request("GET", "templates/pcn", null), "pcn", CancellationToken.None));

        var response = HttpHarness.Response(await _h.Template.RunAsync(HttpHarness.Request("GET", "templates/pcn", Submitter), "pcn", CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(response.BodyBytes()));
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
        foreach (var sheet in new[] { "Submission", "Workforce", "Referrals" }) { Assert.Contains($"name=\"{sheet}\"", workbook, StringComparison.Ordinal); }

        await RefusedAsync(HttpStatusCode.NotFound, () => _h.Template.RunAsync(HttpHarness.Request("GET", "templates/gp", Submitter), "gp", CancellationToken.None));
    }

    [Fact]
    public async Task Dashboard_sends_anonymous_browsers_to_sign_in_refuses_submitters_and_serves_readers()
    {
        var anonymous = await RefusedAsync(HttpStatusCode.Found, () => _h.Dashboard.RunAsync(HttpHarness.Request("GET", "dashboard/", null), "", CancellationToken.None));
        Assert.StartsWith("/.auth/login/aad?post_login_redirect_uri=", anonymous.Header("Location"), StringComparison.Ordinal);
        await RefusedAsync(HttpStatusCode.Forbidden, () => _h.Dashboard.RunAsync(HttpHarness.Request("GET", "dashboard/", Submitter), "", CancellationToken.None));

        var page = HttpHarness.Response(await _h.Dashboard.RunAsync(HttpHarness.Request("GET", "dashboard/", Commissioner), "", CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>SPLW</title>", page.BodyText(), StringComparison.Ordinal);
        Assert.StartsWith("text/html", page.Header("Content-Type"), StringComparison.Ordinal);

        await RefusedAsync(HttpStatusCode.BadRequest, () => _h.Dashboard.RunAsync(HttpHarness.Request("GET", "dashboard/x", Reviewer), "../exports/" + Pack, CancellationToken.None));
        await RefusedAsync(HttpStatusCode.NotFound, () => _h.Dashboard.RunAsync(HttpHarness.Request("GET", "dashboard/x", Reviewer), "web.config", CancellationToken.None));
    }
}
