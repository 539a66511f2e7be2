using SpReporting.Reference;
using SpReporting.Storage.Publishing;

namespace SpReporting.Storage.Running;

/// <summary>A local run's publication to <c>OUT/exports</c> (and the <c>exports</c> container).</summary>
public sealed class PublishStep(OrganisationRegistry organisations, PublishOptions? options = null) : IPostIngestStep
{
    public string Name => "publish";

    public PublishResult? Result { get; private set; }

    public async Task RunAsync(StorageAccount storage, string outputDirectory, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Result = await new PublishService(storage, organisations, options).PublishAsync(outputDirectory, progress, cancellationToken);
        progress.WriteLine($"spr run: metrics.csv with {Result.MetricRows:N0} rows for {Result.Areas:N0} areas, and {Result.Files.Count - 1} Excel packs");
        progress.WriteLine($"spr run: published in {Result.Elapsed.TotalSeconds:0.0} s, of which the disclosure audit {Result.Auditing.TotalSeconds:0.0} s; " +
            $"{Result.Withheld:N0} figure(s) withheld so that no withheld figure can be worked out");
    }
}
