namespace SpReporting.Storage.Running;

/// <summary>
/// Work a local run does after every upload is ingested: refreshing aggregates, then publishing the
/// dashboard and exports to the output folder. <see cref="LocalRun"/> runs the steps it is given, in order.
/// </summary>
public interface IPostIngestStep
{
    string Name { get; }

    Task RunAsync(StorageAccount storage, string outputDirectory, TextWriter progress, CancellationToken cancellationToken);
}
