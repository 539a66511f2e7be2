using System.IO.Compression;
using System.Text;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Validation;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>
/// Content that once crashed the reader is a deterministic failure: ingest answers it with a
/// rejection receipt and returns normally, so the host does not retry it until the poison queue.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileContentTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task A_csv_row_longer_than_16_MB_gets_a_rejection_receipt_not_a_retry()
    {
        var month = new Month(2023, 11);
        var h = new IngestHarness(fixture);
        var path = IngestHarness.PathFor(month, "return.zip");
        await h.UploadAsync(path, LongRowZip());

        await h.TriggerAsync(path);

        var receipt = await h.LatestReceiptAsync(path);
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        var finding = Assert.Single(receipt.Findings);
        Assert.Equal(FindingCodes.TooLarge, finding.Code);
        Assert.DoesNotContain("retried", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    /// <summary>About 0.5 MB: a 17 MB cell that deflates well but under the ratio limit.</summary>
    private static byte[] LongRowZip()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("referrals.csv").Open(), new UTF8Encoding(false));
            w.Write("referral_id,reasons\r\nR-1,");
            var random = new Random(7);
            for (var n = 0; n < 17 << 20; n += 40) { w.Write(new string('x', 39)); w.Write((char)('a' + random.Next(26))); }
            w.Write("\r\n");
        }
        return ms.ToArray();
    }
}
