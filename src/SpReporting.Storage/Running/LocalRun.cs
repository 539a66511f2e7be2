using System.Collections.Concurrent;
using Azure.Storage.Blobs.Models;
using SpReporting.Receipts;
using SpReporting.Storage.Ingest;
using SpReporting.Storage.Receipts;

namespace SpReporting.Storage.Running;

/// <summary>
/// <c>spr run</c> without the command line: uploads every return under a folder to <c>returns</c>
/// (with its intended upload time as <c>uploadedAt</c> metadata, which the run's ingest is told to
/// trust), ingests each with the same <see cref="IngestService"/> the blob trigger uses, copies the
/// final receipts to <c>OUT/receipts/{path}.json</c>, then runs the post-ingest steps.
/// Nothing escapes as an exception but bad input (<see cref="RunInputException"/>) and cancellation:
/// an upload that fails is listed, a step that fails stops the steps after it (so nothing is
/// published from a refresh that did not happen), and storage that cannot be reached stops the run
/// with a summary that says so. Every stage can be run again: a rerun completes the work.
/// </summary>
public sealed class LocalRun(StorageAccount storage, IngestService ingest, IReadOnlyList<IPostIngestStep> steps)
{
    private const int Parallelism = 4;

    /// <summary>The ingest settings a local run needs: upload times come from the plan, not the emulator's clock.</summary>
    public static IngestOptions IngestOptions { get; } = new() { TrustUploadedAtMetadata = true };

    public async Task<RunSummary> RunAsync(string inputDirectory, string outputDirectory, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var planned = UploadPlan.Read(inputDirectory, DateTimeOffset.UtcNow);
        var plan = planned.Uploads;
        var receiptsDir = Path.Combine(Path.GetFullPath(outputDirectory), "receipts");
        var run = new Stages(cancellationToken);
        RunSummary Summary(IReadOnlyList<Receipt> receipts) =>
            RunSummary.From(plan.Count, receipts, [.. run.Failures.Order(StringComparer.Ordinal)], receiptsDir) with
            {
                NotReturns = planned.NotReturns,
                Problems = [.. run.Problems],
            };

        try { await storage.EnsureCreatedAsync(cancellationToken); }
        catch (Exception e) when (StorageFailure.IsUnreachable(e))
        {
            run.Problems.Add("storage could not be reached, so nothing was uploaded; run again when it is available");
            return Summary([]);
        }
        if (Directory.Exists(receiptsDir)) { Directory.Delete(receiptsDir, recursive: true); }
        Directory.CreateDirectory(receiptsDir);

        var uploaded = new Progress(progress, "upload", plan.Count);
        var stored = new ConcurrentBag<PlannedUpload>();
        await run.ForEachAsync("upload", plan, u => u.BlobName, async (u, ct) =>
        {
            var options = new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string> { [Ingest.IngestOptions.UploadedAtMetadata] = u.UploadAt.UtcDateTime.ToString("O") },
            };
            await storage.Returns.GetBlobClient(u.BlobName).UploadAsync(new BinaryData(await File.ReadAllBytesAsync(u.FilePath, ct)), options, ct);
            stored.Add(u);
            uploaded.Step();
        });

        var ingested = new Progress(progress, "ingest", plan.Count);
        var storedNames = stored.Select(u => u.BlobName).ToHashSet(StringComparer.Ordinal);
        var toIngest = plan.Where(u => storedNames.Contains(u.BlobName)).ToList();
        await run.ForEachAsync("ingest", toIngest, u => u.BlobName, async (u, ct) =>
        {
            await ingest.IngestAsync(u.BlobName, ct);
            ingested.Step();
        });
        if (run.StorageLost) { return Summary([]); }

        var receipts = await CopyReceiptsAsync(run, plan, receiptsDir);
        if (run.StorageLost) { return Summary(receipts); }
        foreach (var step in steps)
        {
            progress.WriteLine($"spr run: {step.Name}");
            try
            {
                await step.RunAsync(storage, outputDirectory, progress, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                run.Problems.Add(StorageFailure.IsUnreachable(e)
                    ? $"{step.Name}: storage could not be reached; the later steps were not run. Run again when it is available"
                    : $"{step.Name}: {(e is RunStepException ? e.Message : $"{e.GetType().Name}: {e.Message}")}; the later steps were not run");
                break;
            }
        }
        return Summary(receipts);
    }

    /// <summary>The receipts as they stand after every upload is in, so <c>current</c> is final. Written under OUT/receipts only.</summary>
    private async Task<IReadOnlyList<Receipt>> CopyReceiptsAsync(Stages run, IReadOnlyList<PlannedUpload> plan, string receiptsDir)
    {
        var store = new ReceiptStore(storage.Receipts);
        var receipts = new ConcurrentBag<Receipt>();
        await run.ForEachAsync("copy receipts", plan.Select(p => p.BlobName).Distinct(StringComparer.Ordinal).ToList(), n => n, async (name, ct) =>
        {
            var receipt = await store.ReadAsync(ReceiptStore.LatestBlobName(name), ct);
            if (receipt is null) { return; }
            receipts.Add(receipt);
            var relative = ReceiptStore.LatestBlobName(name);
            if (!UploadPlan.Inside(receiptsDir, relative)) { throw new RunStepException("a receipt path would leave the receipts folder"); }
            var file = Path.Combine(receiptsDir, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, ReceiptJson.Serialize(receipt), ct);
        });
        return [.. receipts];
    }

    /// <summary>
    /// Runs the stages' items in parallel, keeping what failed; when storage cannot be reached, stops
    /// taking new items and records how many were left.
    /// </summary>
    private sealed class Stages(CancellationToken cancellationToken)
    {
        private readonly CancellationTokenSource _lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        public ConcurrentBag<string> Failures { get; } = [];

        public List<string> Problems { get; } = [];

        public bool StorageLost { get; private set; }

        public async Task ForEachAsync<T>(string stage, IReadOnlyList<T> items, Func<T, string> name, Func<T, CancellationToken, Task> body)
        {
            var done = 0;
            try
            {
                await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = _lost.Token }, async (item, ct) =>
                {
                    try { await body(item, ct); }
                    catch (Exception e) when (!cancellationToken.IsCancellationRequested && !(e is OperationCanceledException && _lost.IsCancellationRequested))
                    {
                        if (StorageFailure.IsUnreachable(e)) { StorageLost = true; await _lost.CancelAsync(); }
                        else { Failures.Add($"{name(item)}: {e.GetType().Name}: {e.Message}"); }
                    }
                    Interlocked.Increment(ref done);
                });
            }
            catch (OperationCanceledException) when (_lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested) { }
            if (StorageLost)
            {
                Problems.Add($"storage could not be reached during {stage}: {items.Count - Volatile.Read(ref done):N0} of {items.Count:N0} not done, "
                    + "and nothing after it was run. Run again when storage is available: a rerun uploads, ingests and publishes everything again");
            }
        }
    }

    /// <summary>Progress lines on stderr: at most every tenth of the way, and at the end.</summary>
    private sealed class Progress(TextWriter writer, string stage, int total)
    {
        private readonly Lock _gate = new();
        private int _done;
        private int _shownTenths = -1;

        public void Step()
        {
            lock (_gate)
            {
                _done++;
                var tenths = total == 0 ? 10 : _done * 10 / total;
                if (tenths == _shownTenths && _done != total) { return; }
                _shownTenths = tenths;
                writer.WriteLine($"spr run: {stage} {_done}/{total}");
            }
        }
    }
}
