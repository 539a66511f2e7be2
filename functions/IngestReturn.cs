using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using SpReporting.Storage.Ingest;

namespace SpReporting.Functions;

/// <summary>
/// Blob trigger for uploads to <c>returns/</c>: hands the blob name to <see cref="IngestService"/>,
/// which writes the receipt, ledger row, curated record and partial. Event Grid source, because Flex
/// Consumption supports no other. An exception propagates so the host retries, then poisons.
/// </summary>
public sealed class IngestReturn(IngestService ingest, ILogger<IngestReturn> logger)
{
    /// <param name="blob">Bound as a client only, so the host downloads nothing: ingest reads content and properties in one request.</param>
    /// <param name="name">The blob name inside <c>returns</c>, e.g. <c>pcn/U12345/2024-03/return.xlsx</c>.</param>
    [Function(nameof(IngestReturn))]
    public async Task RunAsync(
        [BlobTrigger("returns/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageClients.Connection)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var receipt = await ingest.IngestAsync(name, cancellationToken);
        logger.LogInformation("Receipt {Status} for upload {UploadId} in container {Container}, current {Current}",
            receipt.Status, receipt.UploadId, blob.BlobContainerName, receipt.Current);
    }
}
