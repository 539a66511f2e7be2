using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Validation;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>At-least-once delivery, personal data that must go nowhere, and failures that still leave a receipt.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IdempotencyAndSafetyTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Processing_the_same_blob_twice_leaves_exactly_the_same_state()
    {
        var month = new Month(2023, 5);
        var h = new IngestHarness(fixture);
        var v1 = IngestHarness.PathFor(month, "return-v1.zip");
        var v2 = IngestHarness.PathFor(month, "return-v2.zip");
        await h.UploadAsync(v1, TestReturns.Valid(month, referrals: 2));
        await h.UploadAsync(v2, TestReturns.Invalid(month));
        await h.TriggerAsync(v1);
        await h.TriggerAsync(v2);
        var before = await h.SnapshotAsync(month);

        await h.TriggerAsync(v1);
        await h.TriggerAsync(v2);
        var after = await h.SnapshotAsync(month);

        Assert.Equal(before, after);
        Assert.Contains(before, l => l.StartsWith("Submissions/", StringComparison.Ordinal) && l.Contains("Current=True", StringComparison.Ordinal));
        Assert.Contains(before, l => l.StartsWith("curated/", StringComparison.Ordinal));
        Assert.Contains(before, l => l.StartsWith("Partials/", StringComparison.Ordinal));
        Assert.Equal(2, (await h.UploadsAsync(month)).Count);
    }

    [Fact]
    public async Task A_valid_NHS_number_in_a_cell_is_rejected_and_its_digits_are_stored_and_logged_nowhere()
    {
        var month = new Month(2023, 7);
        var h = new IngestHarness(fixture);
        var path = IngestHarness.PathFor(month, "return.zip");
        await h.UploadAsync(path, TestReturns.WithNhsNumber(month));

        await h.TriggerAsync(path);

        var receipt = await h.LatestReceiptAsync(path);
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        var pii = Assert.Single(receipt.Findings, f => f.Code == FindingCodes.NhsNumber);
        Assert.Null(pii.Value);
        var stored = string.Join("\n", await h.SnapshotAsync(month));
        Assert.Contains("PII001", stored, StringComparison.Ordinal);
        Assert.NotEmpty(h.Logs.Entries);
        foreach (var text in new[] { stored, h.Logs.AllText })
        {
            Assert.DoesNotContain(TestReturns.NhsNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain("943 476 5919", text, StringComparison.Ordinal);
            Assert.DoesNotContain("943-476-5919", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(stored.Split('\n'), l => l.StartsWith("curated/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_processing_fails_after_validation_a_receipt_still_says_so_and_the_error_reaches_the_host()
    {
        var month = new Month(2023, 9);
        var h = new IngestHarness(fixture);
        var path = IngestHarness.PathFor(month, "return.zip");
        await h.UploadAsync(path, TestReturns.Valid(month));
        // A real storage failure: the curated container is gone when the accepted return is written.
        await h.Storage.Curated.DeleteAsync();
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => h.TriggerAsync(path));

            var receipt = await h.LatestReceiptAsync(path);
            Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
            Assert.Equal(FindingCodes.NotReadable, Assert.Single(receipt.Findings).Code);
            Assert.Contains("problem on our side", receipt.Findings[0].Message, StringComparison.Ordinal);
            Assert.NotEmpty(receipt.Sha256);
            Assert.Contains(h.Logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
        }
        finally
        {
            await h.Storage.Curated.CreateIfNotExistsAsync();
        }

        // The host's retry then succeeds and replaces the failure receipt.
        await h.TriggerAsync(path);
        var retried = await h.LatestReceiptAsync(path);
        Assert.NotEqual(ReceiptStatus.Rejected, retried.Status);
        Assert.True(retried.Current);
    }
}
