namespace SpReporting.Storage.Running;

/// <summary>The folder given to a local run cannot be run as it is (a malformed manifest, a path leaving the folder): bad input, exit 2.</summary>
public sealed class RunInputException(string message) : Exception(message);
