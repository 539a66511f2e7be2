using SpReporting.Cli;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Validation;

namespace SpReporting.IntegrationTests.Cli;

/// <summary>
/// <c>spr validate</c>: the receipt JSON alone on stdout, a short summary for a person on stderr,
/// lateness judged only when <c>--received</c> says when the return arrives, and an <c>--as</c> path
/// of the wrong shape refused without repeating it.
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private static readonly Month Past = new(2023, 10);
    private readonly string _dir = Directory.CreateTempSubdirectory("spr-validate-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(byte[] content)
    {
        var path = Path.Combine(_dir, "return.zip");
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task Offline_validation_of_a_past_month_is_not_late_without_received()
    {
        var (code, stdout, stderr) = await Spr("validate", File(TestReturns.Valid(Past)), "--as", $"pcn/{TestReturns.Pcn}/{Past}/return.zip");

        Assert.True(code == CommandLine.Ok, stdout + stderr);
        var receipt = ReceiptJson.Deserialize(stdout)!;
        Assert.False(receipt.Late);
        Assert.DoesNotContain(receipt.Findings, f => f.Code == FindingCodes.Late);
        Assert.Contains("accepted", stderr, StringComparison.Ordinal);
        Assert.Contains("Next step:", stderr, StringComparison.Ordinal);
        Assert.Contains("--received", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_received_after_the_due_date_it_is_late()
    {
        var (code, stdout, stderr) = await Spr("validate", File(TestReturns.Valid(Past)), "--as", $"pcn/{TestReturns.Pcn}/{Past}/return.zip",
            "--received", "2023-11-20T09:00:00Z");

        Assert.True(code == CommandLine.Ok, stdout + stderr);
        var receipt = ReceiptJson.Deserialize(stdout)!;
        Assert.True(receipt.Late);
        Assert.Contains(receipt.Findings, f => f.Code == FindingCodes.Late);
    }

    [Fact]
    public async Task A_rejected_return_is_summarised_with_its_counts_and_next_step()
    {
        var (code, stdout, stderr) = await Spr("validate", File(TestReturns.Invalid(Past)), "--as", $"pcn/{TestReturns.Pcn}/{Past}/return.zip");

        Assert.Equal(CommandLine.Failed, code);
        var receipt = ReceiptJson.Deserialize(stdout)!;
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        Assert.Contains($"rejected, {receipt.Errors} error(s), {receipt.Warnings} warning(s)", stderr, StringComparison.Ordinal);
        Assert.Contains(receipt.NextStep, stderr, StringComparison.Ordinal);
        Assert.Contains("VAL002", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pcn/U00070/" + TestReturns.NhsNumber + "/return.zip")]
    [InlineData("pcn/" + TestReturns.NhsNumber + "/2023-10/return.zip")]
    [InlineData("pcn/U00070/../return.zip")]
    public async Task An_as_path_of_the_wrong_shape_is_bad_usage_and_not_repeated(string asPath)
    {
        var (code, stdout, stderr) = await Spr("validate", File(TestReturns.Valid(Past)), "--as", asPath);

        Assert.Equal(CommandLine.Usage, code);
        Assert.DoesNotContain(TestReturns.NhsNumber, stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("not of the expected shape", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_name_holding_an_nhs_number_is_bad_usage_told_in_one_sentence_and_not_repeated()
    {
        var (code, stdout, stderr) = await Spr("validate", File(TestReturns.Valid(Past)), "--as", $"pcn/{TestReturns.Pcn}/{Past}/{TestReturns.NhsNumber}.zip");

        Assert.Equal(CommandLine.Usage, code);
        Assert.DoesNotContain(TestReturns.NhsNumber, stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("personal data", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("..", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Spr(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
