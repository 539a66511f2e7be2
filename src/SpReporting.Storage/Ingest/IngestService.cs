using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using SpReporting.Partials;
using SpReporting.Reading;
using SpReporting.Receipts;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Storage.Control;
using SpReporting.Storage.Curated;
using SpReporting.Storage.Ledger;
using SpReporting.Storage.Partials;
using SpReporting.Storage.Receipts;
using SpReporting.Validation;

namespace SpReporting.Storage.Ingest;

/// <summary>
/// Ingests one upload from <c>returns</c>: hash, parse the path, validate, then write the curated
/// record and partial (if accepted), settle which upload is current, and write the receipt and ledger
/// row. The one pipeline both front doors call (blob trigger and <c>spr run</c>). Idempotent: the same
/// blob version always leaves the same state. Every upload gets a receipt in the same call, even
/// when something fails, in which case the exception is rethrown for the host to retry.
/// </summary>
public sealed class IngestService
{
    private readonly StorageAccount _storage;
    private readonly OrganisationRegistry _organisations;
    private readonly IngestOptions _options;
    private readonly ILogger<IngestService> _logger;
    private readonly SubmissionLedger _ledger;
    private readonly ReceiptStore _receipts;
    private readonly CuratedStore _curated;
    private readonly PartialStore _partials;
    private readonly ControlStore _control;
    private readonly CurrencyReconciler _reconciler;

    public IngestService(StorageAccount storage, OrganisationRegistry organisations, IngestOptions options, ILogger<IngestService> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        _organisations = organisations;
        _options = options;
        _logger = logger;
        _ledger = new SubmissionLedger(storage.Submissions);
        _receipts = new ReceiptStore(storage.Receipts);
        _curated = new CuratedStore(storage.Curated);
        _partials = new PartialStore(storage.Partials);
        _control = new ControlStore(storage.Control);
        _reconciler = new CurrencyReconciler(_ledger, _receipts);
    }

    /// <summary>Ingests the blob <paramref name="blobName"/> in <c>returns</c> and returns its receipt.</summary>
    public async Task<Receipt> IngestAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var blob = _storage.Returns.GetBlobClient(blobName);
        var (receipt, identity) = await IngestVersionAsync(blob, cancellationToken);
        if (_options.CatchUpEarlierVersions && identity.VersionId is not null)
        {
            await CatchUpAsync(blob, identity, cancellationToken);
        }
        return receipt;
    }

    private async Task<(Receipt, UploadIdentity)> IngestVersionAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        UploadContent upload;
        try
        {
            upload = await UploadContent.ReadAsync(blob, _options, ReadLimits.Default.MaxUploadBytes, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IngestLog.Unreadable(_logger, e.GetType().Name);
            await TryWriteFailureReceiptAsync(blob.Name, null, cancellationToken);
            throw;
        }
        try
        {
            return (await ProcessAsync(upload, cancellationToken), upload.Identity);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IngestLog.Failed(_logger, upload.Identity.Key, e.GetType().Name);
            await TryWriteFailureReceiptAsync(blob.Name, upload, cancellationToken);
            throw;
        }
    }

    private async Task<Receipt> ProcessAsync(UploadContent upload, CancellationToken cancellationToken)
    {
        var id = upload.Identity;
        var check = UploadPath.Check(id.BlobName);
        if (check.Path is not { } parsed)
        {
            IngestLog.UnparseablePath(_logger, id.Key, check.Problem!.Segment);
            var rejected = FailureOutcomes.UnparseablePath(check.Problem);
            // The name may hold anything (an NHS number included), so the receipt is filed under the upload key.
            var receipt = Receipt.From(UnrecognisedUploads.ReceiptPath(id.Key), id.UploadId, upload.Sha256, id.ReceivedAt, rejected, current: false);
            await _receipts.WriteAsync(receipt, id.Key, cancellationToken);
            await _ledger.WriteAsync(LedgerRows.Entry(LedgerKeys.UnparsedPartition, id.Key, upload, null, rejected, receipt, null), cancellationToken);
            return receipt;
        }

        var path = parsed;
        var period = LedgerKeys.CanonicalPeriod(path);
        var kind = path.Kind == ReturnKind.Pcn ? "pcn" : "icb";
        IngestLog.Ingesting(_logger, kind, path.OrganisationCode, period, id.Key, upload.SizeBytes);

        var context = new ValidationContext(_organisations, id.ReceivedAt)
        {
            DueDay = _options.DueDay,
            LockedPeriods = await _control.LockedPeriodsAsync(id.ReceivedAt, cancellationToken),
        };
        using var content = new MemoryStream(upload.Bytes, writable: false);
        var outcome = new ReturnValidator(context).Validate(content, path);

        var partition = LedgerKeys.Partition(path);
        string? curatedBlob = null;
        var current = false;
        if (outcome.Accepted)
        {
            curatedBlob = await WriteCuratedAsync(path, upload, outcome, cancellationToken);
            if (outcome.PcnReturn is { } pcn)
            {
                var partial = PartialBuilder.Build(pcn, outcome.Late, outcome.Findings.WarningCount);
                await _partials.WriteIfNotOlderAsync(PartialStore.Partition(pcn.Period), path.OrganisationCode, partial, id, cancellationToken);
            }
            if (outcome.IcbReturn is { } icb)
            {
                await _partials.WriteIfNotOlderAsync(PartialStore.PlanPartition(icb.Period), path.OrganisationCode, PlanPartial.From(icb), id, cancellationToken);
            }
            var pointer = await _ledger.OfferAcceptedAsync(partition, path.OrganisationCode, id, cancellationToken);
            current = pointer == id.Key;
        }

        var first = Receipt.From(id.BlobName, id.UploadId, upload.Sha256, id.ReceivedAt, outcome, current);
        await _receipts.WriteAsync(first, id.Key, cancellationToken);
        await _ledger.WriteAsync(LedgerRows.Entry(partition, LedgerKeys.UploadRow(path.OrganisationCode, id.Key), upload, path, outcome, first, curatedBlob), cancellationToken);
        var currentKey = await _reconciler.ReconcileAsync(partition, path.OrganisationCode, cancellationToken);
        if (outcome.Accepted)
        {
            // After the partial is written, so a refresh that clears this mark has already seen it.
            await _control.MarkDirtyAsync(path.Kind, period, path.OrganisationCode, cancellationToken);
        }

        var final = first with { Current = currentKey == id.Key };
        IngestLog.Ingested(_logger, kind, path.OrganisationCode, period, id.Key, LedgerEntry.StatusText(final.Status),
            outcome.Findings.ErrorCount, outcome.Findings.WarningCount, LedgerRows.FindingCodes(outcome), final.Current, final.Late);
        return final;
    }

    private Task<string> WriteCuratedAsync(UploadPath path, UploadContent upload, ValidationOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.PcnReturn is null && outcome.IcbReturn is null)
        {
            throw new InvalidOperationException("Validation accepted an upload without giving its normalised return.");
        }
        var id = upload.Identity;
        var record = new CuratedRecord(CuratedRecord.CurrentSchemaVersion, id.BlobName, id.UploadId, id.Key, id.ReceivedAt,
            upload.Sha256, outcome.PcnReturn, outcome.IcbReturn);
        return _curated.WriteAsync(path, record, cancellationToken);
    }

    private async Task TryWriteFailureReceiptAsync(string blobName, UploadContent? upload, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = FailureOutcomes.NotProcessed();
            if (upload is null)
            {
                // Nothing is known but the name: leave a receipt only where none is yet, and only at a
                // name of the expected shape (any other name is not repeated anywhere).
                if (UploadPath.Check(blobName).Path is null) { return; }
                await _receipts.WriteIfNoneAsync(Receipt.From(blobName, "", "", TimeProvider.System.GetUtcNow(), outcome, false, FailureOutcomes.NotProcessedNextStep), cancellationToken);
                return;
            }
            var id = upload.Identity;
            var receiptPath = UploadPath.Check(blobName).Path is null ? UnrecognisedUploads.ReceiptPath(id.Key) : blobName;
            await _receipts.WriteAsync(Receipt.From(receiptPath, id.UploadId, upload.Sha256, id.ReceivedAt, outcome, false, FailureOutcomes.NotProcessedNextStep), id.Key, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IngestLog.FailureReceiptFailed(_logger, upload?.Identity.Key ?? "", e.GetType().Name);
        }
    }

    /// <summary>With versioning on, ingests earlier versions of the blob that the ledger has no row for.</summary>
    private async Task CatchUpAsync(BlobClient blob, UploadIdentity latest, CancellationToken cancellationToken)
    {
        var options = new GetBlobsOptions { Traits = BlobTraits.Metadata, States = BlobStates.Version, Prefix = blob.Name };
        await foreach (var item in _storage.Returns.GetBlobsAsync(options, cancellationToken))
        {
            if (item.Name != blob.Name || item.VersionId is null || item.VersionId == latest.VersionId) { continue; }
            var id = UploadIdentity.FromVersion(item.Name, item.VersionId, item.Properties.CreatedOn ?? default);
            if (_options.TrustUploadedAtMetadata && UploadContent.TryUploadedAt(item.Metadata, out var at)) { id = id.WithReceivedAt(at); }
            var (partition, row) = LedgerRows.KeysFor(id);
            if (await _ledger.FindAsync(partition, row, cancellationToken) is not null) { continue; }
            IngestLog.CatchingUp(_logger, id.Key);
            await IngestVersionAsync(blob.WithVersion(item.VersionId), cancellationToken);
        }
    }
}
