using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SpReporting.IntegrationTests.Support;

/// <summary>
/// Keeps everything logged: the formatted message, every structured value and any exception text,
/// so a test can check that something (a personal identifier) was never logged in any form.
/// </summary>
public sealed class LogCapture
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public string AllText => string.Join("\n", _entries);

    public ILogger<T> For<T>() => new CapturingLogger<T>(this);

    internal void Add(string entry) => _entries.Enqueue(entry);
}

internal sealed class CapturingLogger<T>(LogCapture capture) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : "";
        capture.Add($"{logLevel} {typeof(T).Name}: {formatter(state, exception)} | {values} | {exception}");
    }
}
