using SpReporting.Periods;
using SpReporting.Sampling;
using SpReporting.Storage.Running;

namespace SpReporting.IntegrationTests.Cli;

/// <summary>Which files <c>spr run</c> uploads, and in which order.</summary>
public sealed class UploadPlanTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spr-plan-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Without_a_manifest_files_go_in_ordinal_path_order_a_millisecond_apart_skipping_hidden_ones()
    {
        foreach (var f in new[] { "pcn/U00070/2024-03/return-v2.zip", "pcn/U00070/2024-03/return-v1.zip", "icb/QWE/2024-Q1/a.zip", ".git/x", "pcn/U00070/2024-03/.~lock.zip" })
        {
            Touch(f);
        }
        var start = new DateTimeOffset(2024, 4, 1, 9, 0, 0, TimeSpan.Zero);

        var plan = UploadPlan.From(_dir, start);

        Assert.Equal(["icb/QWE/2024-Q1/a.zip", "pcn/U00070/2024-03/return-v1.zip", "pcn/U00070/2024-03/return-v2.zip"], plan.Select(p => p.BlobName));
        Assert.Equal([start, start.AddMilliseconds(1), start.AddMilliseconds(2)], plan.Select(p => p.UploadAt));
        Assert.All(plan, p => Assert.True(File.Exists(p.FilePath)));
    }

    [Fact]
    public void With_a_manifest_files_go_in_upload_time_order_and_ties_are_made_strictly_increasing()
    {
        var t = new DateTimeOffset(2024, 4, 10, 12, 0, 0, TimeSpan.Zero);
        SampleFile File(string path, DateTimeOffset at) => new(path, at, SampleFileKind.Valid, false, null, null, null);
        var files = new[]
        {
            File("pcn/U00070/2024-03/return-v2.zip", t),
            File("pcn/U00070/2024-03/return-v1.zip", t),
            File("pcn/U00147/2024-03/return-v1.zip", t.AddDays(-3)),
        };
        using (var s = System.IO.File.Create(Path.Combine(_dir, SampleManifest.FileName)))
        {
            new SampleManifest(1, new Month(2024, 3), 1, t.AddDays(1), files, []).Write(s);
        }

        var plan = UploadPlan.From(_dir, DateTimeOffset.UnixEpoch);

        Assert.Equal(["pcn/U00147/2024-03/return-v1.zip", "pcn/U00070/2024-03/return-v1.zip", "pcn/U00070/2024-03/return-v2.zip"], plan.Select(p => p.BlobName));
        Assert.Equal([t.AddDays(-3), t, t.AddMilliseconds(1)], plan.Select(p => p.UploadAt));
    }

    [Fact]
    public void Without_a_manifest_files_not_at_a_return_path_are_left_out_and_counted()
    {
        foreach (var f in new[] { "pcn/U00070/2024-03/return.zip", "notes.txt", "pcn/U00070/2024-03/my return.zip", "pcn/U00070/2024-3/r.zip" }) { Touch(f); }

        var plan = UploadPlan.Read(_dir, DateTimeOffset.UnixEpoch);

        Assert.Equal(["pcn/U00070/2024-03/return.zip"], plan.Uploads.Select(p => p.BlobName));
        Assert.Equal(3, plan.NotReturns);
    }

    [Theory]
    [InlineData("../outside/pcn/U00070/2024-03/return-v1.zip")]
    [InlineData("pcn/U00070/../../outside/return-v1.zip")]
    [InlineData("/etc/pcn/U00070/2024-03/return-v1.zip")]
    [InlineData("pcn/U00070/2024-03/../../../../etc/passwd")]
    public void A_manifest_path_that_leaves_the_folder_is_bad_input_and_not_repeated(string path)
    {
        var t = new DateTimeOffset(2024, 4, 10, 12, 0, 0, TimeSpan.Zero);
        using (var s = System.IO.File.Create(Path.Combine(_dir, SampleManifest.FileName)))
        {
            new SampleManifest(1, new Month(2024, 3), 1, t, [new SampleFile(path, t, SampleFileKind.Valid, false, null, null, null)], []).Write(s);
        }

        var e = Assert.Throws<RunInputException>(() => UploadPlan.From(_dir, t));
        Assert.Contains("file 1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("files")]
    [InlineData("seed")]
    public void A_manifest_missing_a_field_is_bad_input_that_names_it(string field)
    {
        var t = new DateTimeOffset(2024, 4, 10, 12, 0, 0, TimeSpan.Zero);
        using var buffer = new MemoryStream();
        new SampleManifest(1, new Month(2024, 3), 1, t, [], []).Write(buffer);
        var json = System.Text.Json.Nodes.JsonNode.Parse(buffer.ToArray())!.AsObject();
        json.Remove(field);
        System.IO.File.WriteAllText(Path.Combine(_dir, SampleManifest.FileName), json.ToJsonString());

        var e = Assert.Throws<RunInputException>(() => UploadPlan.From(_dir, t));
        Assert.Contains($"'{field}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_that_is_not_json_is_bad_input()
    {
        System.IO.File.WriteAllText(Path.Combine(_dir, SampleManifest.FileName), "{ not json");
        Assert.Throws<RunInputException>(() => UploadPlan.From(_dir, DateTimeOffset.UnixEpoch));
    }

    private void Touch(string relative)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
    }
}
