using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpReporting.Storage.Local;

/// <summary>
/// Azurite (the Azure Storage emulator) run from the repository's <c>node_modules</c>: in memory,
/// on 127.0.0.1, on free ports the operating system picks, silent. Stopped, with its whole process
/// tree, on dispose. Used by <c>spr run</c>/<c>spr demo</c> and the integration tests.
/// </summary>
public sealed partial class AzuriteHost : IAsyncDisposable, IDisposable
{
    /// <summary>The emulator's well-known development account (public, documented by Microsoft).</summary>
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string _workspace;
    private readonly StringBuilder _output;
    private int _disposed;

    private AzuriteHost(Process process, string workspace, StringBuilder output, int blobPort, int tablePort)
    {
        _process = process;
        _workspace = workspace;
        _output = output;
        BlobPort = blobPort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }
    public int TablePort { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};");

    public static async Task<AzuriteHost> StartAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find() ?? RepositoryRoot.Find(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("Azurite was not found: run 'npm ci' at the repository root (the folder with package.json), then try again.");
        var start = StartInfo(root, out var workspace);
        var output = new StringBuilder();
        var blob = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var table = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, output, blob, table);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, output, blob, table);
        process.Exited += (_, _) =>
        {
            var error = new InvalidOperationException($"Azurite exited before it was ready:\n{Tail(output)}");
            blob.TrySetException(error);
            table.TrySetException(error);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var ports = await Task.WhenAll(blob.Task, table.Task).WaitAsync(timeout ?? TimeSpan.FromSeconds(60), cancellationToken);
            return new AzuriteHost(process, workspace, output, ports[0], ports[1]);
        }
        catch
        {
            Stop(process, workspace);
            throw;
        }
    }

    private static ProcessStartInfo StartInfo(string root, out string workspace)
    {
        var bin = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException($"Azurite is not installed in {root}: run 'npm ci' there, then try again.");
        }
        // In memory, Azurite refuses --location; a scratch working folder catches anything it writes anyway.
        workspace = Path.Combine(Path.GetTempPath(), "spr-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workspace);
        var start = new ProcessStartInfo(bin)
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", "0",
                     "--queueHost", "127.0.0.1", "--queuePort", "0",
                     "--tableHost", "127.0.0.1", "--tablePort", "0",
                 })
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    /// <summary>Azurite prints the port it really bound (port 0 asks the system for a free one).</summary>
    private static void OnLine(string? line, StringBuilder output, TaskCompletionSource<int> blob, TaskCompletionSource<int> table)
    {
        if (line is null) { return; }
        lock (output) { output.AppendLine(line); }
        var m = Listening().Match(line);
        if (!m.Success) { return; }
        var port = int.Parse(m.Groups["port"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["service"].Value == "Blob") { blob.TrySetResult(port); }
        else if (m.Groups["service"].Value == "Table") { table.TrySetResult(port); }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output) { return output.Length <= 4000 ? output.ToString() : output.ToString(output.Length - 4000, 4000); }
    }

    /// <summary>What Azurite printed (it is started silent, so this is mostly its start-up lines and errors).</summary>
    public string Output => Tail(_output);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) { return; }
        Stop(_process, _workspace);
    }

    private static void Stop(Process process, string workspace)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        try { Directory.Delete(workspace, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://[^:]+:(?<port>\d+)")]
    private static partial Regex Listening();
}
