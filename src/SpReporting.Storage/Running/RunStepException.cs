namespace SpReporting.Storage.Running;

/// <summary>A post-ingest step could not do its work; the run stops there and exits 1, saying why.</summary>
public sealed class RunStepException(string message) : Exception(message);
