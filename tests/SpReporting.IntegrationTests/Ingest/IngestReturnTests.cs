using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Storage.Curated;
using SpReporting.Storage.Partials;
using SpReporting.Storage.Receipts;
using SpReporting.Validation;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>Upload -> the IngestReturn function -> receipt, ledger, curated record, partial, dirty mark.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestReturnTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task An_accepted_upload_gets_receipt_ledger_row_curated_record_partial_and_dirty_mark()
    {
        var month = new Month(2023, 1);
        var h = new IngestHarness(fixture);
        var path = IngestHarness.PathFor(month, "return.zip");
        var bytes = TestReturns.Valid(month, referrals: 3);
        await h.UploadAsync(path, bytes);

        await h.TriggerAsync(path);

        var receipt = await h.LatestReceiptAsync(path);
        Assert.Equal(path, receipt.Upload);
        Assert.NotEqual(ReceiptStatus.Rejected, receipt.Status);
        Assert.True(receipt.Current);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), receipt.Sha256);
        var props = (await h.Storage.Returns.GetBlobClient(path).GetPropertiesAsync()).Value;
        Assert.Equal(props.CreatedOn.ToUniversalTime(), receipt.ReceivedAt);

        var row = Assert.Single(await h.UploadsAsync(month));
        Assert.True(row.Current);
        Assert.Equal(receipt.Sha256, row.Sha256);
        Assert.Equal(receipt.UploadId, row.UploadId);
        Assert.Equal(3, row.Counts["referrals"]);
        Assert.True(row.Late); // received today for a month long past
        Assert.Contains(FindingCodes.Late, row.FindingCodes, StringComparison.Ordinal);
        Assert.Equal(receipt, await new Storage.Receipts.ReceiptStore(h.Storage.Receipts).ReadAsync(row.ReceiptBlob), ReceiptComparer.Instance);

        var pointer = await h.CurrentAsync(month);
        Assert.Equal(row.UploadKey, pointer!.UploadKey);

        var curated = await new CuratedStore(h.Storage.Curated).ReadAsync(row.CuratedBlob!);
        Assert.Equal(TestReturns.Pcn, curated.Pcn!.PcnCode);
        Assert.Equal(month, curated.Pcn.Period);
        Assert.Equal(3, curated.Pcn.Referrals.Count);
        Assert.Equal(receipt.Sha256, curated.Sha256);

        var partial = await new PartialStore(h.Storage.Partials).GetAsync(TestReturns.Pcn, month);
        Assert.NotNull(partial);
        Assert.Equal(row.UploadKey, partial.UploadKey);
        var warnings = receipt.Findings.Count(f => f.Severity == Severity.Warning);
        Assert.True(partial.Partial.SameAs(SpReporting.Partials.PartialBuilder.Build(curated.Pcn, late: true, warnings)));

        var dirty = await new Storage.Control.ControlStore(h.Storage.Control).DirtyPeriodsAsync();
        Assert.Contains(dirty, d => d.Period == month.ToString() && d.Organisation == TestReturns.Pcn);
    }

    [Fact]
    public async Task An_accepted_icb_return_gets_a_curated_record_and_is_current()
    {
        var quarter = new Quarter(2023, 1);
        var h = new IngestHarness(fixture);
        var path = $"icb/{TestReturns.Icb}/{quarter}/plan.zip";
        await h.UploadAsync(path, TestReturns.IcbValid(quarter));

        await h.TriggerAsync(path);

        var receipt = await h.LatestReceiptAsync(path);
        Assert.True(receipt.Status != ReceiptStatus.Rejected, string.Join("; ", receipt.Findings.Select(f => $"{f.Code} {f.Message}")));
        Assert.True(receipt.Current);
        var row = Assert.Single(await h.Ledger.UploadsAsync($"icb_{quarter}", TestReturns.Icb)).Entry;
        var curated = await new CuratedStore(h.Storage.Curated).ReadAsync(row.CuratedBlob!);
        Assert.Equal(TestReturns.Icb, curated.Icb!.IcbCode);
        Assert.Equal(quarter, curated.Icb.Period);
        Assert.Null(curated.Pcn);
    }

    [Fact]
    public async Task A_path_that_is_not_a_return_path_still_gets_a_receipt_saying_why()
    {
        var h = new IngestHarness(fixture);
        const string path = "misc/return.zip";
        await h.UploadAsync(path, TestReturns.Valid(new Month(2023, 1)));

        await h.TriggerAsync(path);

        var receipt = await UnrecognisedReceiptAsync(h, path);
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        Assert.False(receipt.Current);
        var finding = Assert.Single(receipt.Findings);
        Assert.Equal(FindingCodes.BadOrganisation, finding.Code);
        Assert.Contains("pcn/", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pcn/U00070/" + TestReturns.NhsNumber + "/return.zip", "SUB002")]
    [InlineData("pcn/" + TestReturns.NhsNumber + "/2023-01/return.zip", "SUB001")]
    [InlineData("pcn/ U00070/2023-01/return.zip", "SUB001")]
    [InlineData("pcn/U00070/2023-01/return.csv", "FIL001")]
    public async Task A_path_not_of_the_expected_shape_is_rejected_without_repeating_it(string path, string code)
    {
        var h = new IngestHarness(fixture);
        await h.UploadAsync(path, TestReturns.Valid(new Month(2023, 1)));

        await h.TriggerAsync(path);

        var receipt = await UnrecognisedReceiptAsync(h, path);
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        var finding = Assert.Single(receipt.Findings);
        Assert.Equal(code, finding.Code);
        Assert.Contains("not of the expected shape", finding.Message, StringComparison.Ordinal);
        var json = ReceiptJson.Serialize(receipt);
        Assert.DoesNotContain(TestReturns.NhsNumber, json, StringComparison.Ordinal);
        Assert.DoesNotContain(" U00070", json, StringComparison.Ordinal);
        Assert.DoesNotContain(TestReturns.NhsNumber, h.Logs.AllText, StringComparison.Ordinal);
        // No receipt under the refused name, and no table key holds it.
        Assert.False(await h.Storage.Receipts.GetBlobClient(ReceiptStore.LatestBlobName(path)).ExistsAsync());
        await foreach (var e in h.Storage.Submissions.QueryAsync<Azure.Data.Tables.TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            Assert.DoesNotContain(TestReturns.NhsNumber, e.PartitionKey + e.RowKey, StringComparison.Ordinal);
        }
    }

    /// <summary>The receipt of an upload whose name is not a return path, found as an administrator would: through the ledger.</summary>
    private static async Task<Receipt> UnrecognisedReceiptAsync(IngestHarness h, string path)
    {
        var rows = await h.Ledger.UploadsInPeriodAsync(SpReporting.Storage.Ledger.LedgerKeys.UnparsedPartition);
        var row = rows.Where(r => r.Upload == path).OrderBy(r => r.UploadKey, StringComparer.Ordinal).Last();
        Assert.StartsWith(SpReporting.Storage.Ingest.UnrecognisedUploads.Prefix + "/", row.LatestReceiptBlob, StringComparison.Ordinal);
        return await new ReceiptStore(h.Storage.Receipts).ReadAsync(row.LatestReceiptBlob) ?? throw new InvalidOperationException("no receipt");
    }
}
