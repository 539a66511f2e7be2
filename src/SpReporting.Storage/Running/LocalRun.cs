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
/// </summary>
public sealed class LocalRun(StorageAccount storage, IngestService ingest, IReadOnlyList<IPostIngestStep> steps)
{
    private const int Parallelism = 4;

    /// <summary>The ingest settings a local run needs: upload times come from the plan, not the emulator's clock.</summary>
    public static IngestOptions IngestOptions { get; } = new() { TrustUploadedAtMetadata = true };

    public async Task<RunSummary> RunAsync(string inputDirectory, string outputDirectory, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var plan = UploadPlan.From(inputDirectory, DateTimeOffset.UtcNow);
        await storage.EnsureCreatedAsync(cancellationToken);
        var receiptsDir = Path.Combine(Path.GetFullPath(outputDirectory), "receipts");
        if (Directory.Exists(receiptsDir)) { Directory.Delete(receiptsDir, recursive: true); }
        Directory.CreateDirectory(receiptsDir);

        var uploaded = new Progress(progress, "upload", plan.Count);
        await Parallel.ForEachAsync(plan, Options(cancellationToken), async (u, ct) =>
        {
            var options = new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string> { [Ingest.IngestOptions.UploadedAtMetadata] = u.UploadAt.UtcDateTime.ToString("O") },
            };
            await storage.Returns.GetBlobClient(u.BlobName).UploadAsync(new BinaryData(await File.ReadAllBytesAsync(u.FilePath, ct)), options, ct);
            uploaded.Step();
        });

        var failures = new ConcurrentBag<string>();
        var ingested = new Progress(progress, "ingest", plan.Count);
        await Parallel.ForEachAsync(plan, Options(cancellationToken), async (u, ct) =>
        {
            try { await ingest.IngestAsync(u.BlobName, ct); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add($"{u.BlobName}: {e.GetType().Name}: {e.Message}");
            }
            ingested.Step();
        });

        var receipts = await CopyReceiptsAsync(plan, receiptsDir, cancellationToken);
        foreach (var step in steps)
        {
            progress.WriteLine($"spr run: {step.Name}");
            await step.RunAsync(storage, outputDirectory, progress, cancellationToken);
        }
        return RunSummary.From(plan.Count, receipts, [.. failures.Order(StringComparer.Ordinal)], receiptsDir);
    }

    /// <summary>The receipts as they stand after every upload is in, so <c>current</c> is final.</summary>
    private async Task<IReadOnlyList<Receipt>> CopyReceiptsAsync(IReadOnlyList<PlannedUpload> plan, string receiptsDir, CancellationToken cancellationToken)
    {
        var store = new ReceiptStore(storage.Receipts);
        var receipts = new ConcurrentBag<Receipt>();
        await Parallel.ForEachAsync(plan.Select(p => p.BlobName).Distinct(StringComparer.Ordinal), Options(cancellationToken), async (name, ct) =>
        {
            var receipt = await store.ReadAsync(ReceiptStore.LatestBlobName(name), ct);
            if (receipt is null) { return; }
            receipts.Add(receipt);
            var file = Path.Combine(receiptsDir, ReceiptStore.LatestBlobName(name).Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, ReceiptJson.Serialize(receipt), ct);
        });
        return [.. receipts];
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

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
