using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using SpReporting.Functions;
using SpReporting.Periods;
using SpReporting.Receipts;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Storage;
using SpReporting.Storage.Ingest;
using SpReporting.Storage.Ledger;
using SpReporting.Storage.Receipts;

namespace SpReporting.IntegrationTests.Support;

/// <summary>
/// Uploads to Azurite with the real SDK and invokes the <see cref="IngestReturn"/> function class as
/// the host would, with the services Program.cs registers and a log that is kept for inspection.
/// </summary>
public sealed class IngestHarness(AzuriteFixture fixture, IngestOptions? options = null)
{
    public StorageAccount Storage => fixture.Storage;

    public LogCapture Logs { get; } = new();

    public IngestService Service => new(Storage, OrganisationRegistry.Default, options ?? new IngestOptions(), Logs.For<IngestService>());

    public static string PathFor(Month month, string file, string pcn = TestReturns.Pcn) => $"pcn/{pcn}/{month}/{file}";

    public async Task UploadAsync(string blobName, byte[] content, DateTimeOffset? uploadedAt = null)
    {
        var options = new BlobUploadOptions();
        if (uploadedAt is { } at)
        {
            options.Metadata = new Dictionary<string, string> { [IngestOptions.UploadedAtMetadata] = at.UtcDateTime.ToString("O") };
        }
        // Blob creation times have whole-second resolution (x-ms-creation-time), and upload time decides
        // which upload is latest: keep uploads in different seconds, as people uploading by hand are.
        var wait = _lastUpload.AddSeconds(1.05) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero) { await Task.Delay(wait); }
        await Storage.Returns.GetBlobClient(blobName).UploadAsync(new BinaryData(content), options);
        _lastUpload = DateTimeOffset.UtcNow;
    }

    private DateTimeOffset _lastUpload = DateTimeOffset.MinValue;

    /// <summary>Runs the blob-triggered function exactly as the host would call it for this blob.</summary>
    public Task TriggerAsync(string blobName) =>
        new IngestReturn(Service, Logs.For<IngestReturn>()).RunAsync(Storage.Returns.GetBlobClient(blobName), blobName, CancellationToken.None);

    public async Task<Receipt> LatestReceiptAsync(string blobName) =>
        await new ReceiptStore(Storage.Receipts).ReadAsync(ReceiptStore.LatestBlobName(blobName))
        ?? throw new InvalidOperationException($"No receipt for {blobName}.");

    public SubmissionLedger Ledger => new(Storage.Submissions);

    public static string Partition(Month month) => LedgerKeys.PeriodKey(ReturnKind.Pcn, month.ToString());

    public async Task<IReadOnlyList<LedgerEntry>> UploadsAsync(Month month, string pcn = TestReturns.Pcn) =>
        [.. (await Ledger.UploadsAsync(Partition(month), pcn)).Select(u => u.Entry)];

    public Task<CurrentPointer?> CurrentAsync(Month month, string pcn = TestReturns.Pcn) => Ledger.GetCurrentAsync(Partition(month), pcn);

    /// <summary>
    /// Everything ingest wrote for one PCN-month, as text: ledger rows, the partial, receipt and
    /// curated blobs with their metadata. Timestamps and ETags (the service's bookkeeping) are left out.
    /// </summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync(Month month, string pcn = TestReturns.Pcn)
    {
        var lines = new List<string>();
        foreach (var (table, filter) in new[]
                 {
                     (Storage.Submissions, $"PartitionKey eq '{Partition(month)}'"),
                     (Storage.Partials, $"PartitionKey eq '{Partition(month)}'"),
                     (Storage.Control, $"RowKey eq '{Partition(month)}'"),
                 })
        {
            await foreach (var e in table.QueryAsync<TableEntity>(filter))
            {
                lines.Add($"{table.Name}/{e.PartitionKey}/{e.RowKey}: " + string.Join(", ",
                    e.Where(p => p.Key is not ("Timestamp" or "odata.etag")).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Text(p.Value)}")));
            }
        }
        foreach (var container in new[] { Storage.Receipts, Storage.Curated })
        {
            await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"pcn/{pcn}/{month}/", Traits = BlobTraits.Metadata }))
            {
                var content = (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToString();
                lines.Add($"{container.Name}/{item.Name} [{string.Join(",", item.Metadata.Select(m => $"{m.Key}={m.Value}"))}]: {content}");
            }
        }
        return lines;
    }

    private static string Text(object? value) => value switch
    {
        DateTimeOffset d => d.UtcDateTime.ToString("O"),
        DateTime d => d.ToUniversalTime().ToString("O"),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
