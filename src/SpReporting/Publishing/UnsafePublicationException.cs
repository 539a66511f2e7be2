using SpReporting.Publishing.Audit;

namespace SpReporting.Publishing;

/// <summary>
/// Publishing refused: the audit could still work out figures the publication withholds (docs/metrics.md,
/// "Disclosure control", rule 4). The message names areas, periods and metrics only.
/// </summary>
public sealed class UnsafePublicationException : Exception
{
    public UnsafePublicationException() { }

    public UnsafePublicationException(string message) : base(message) { }

    public UnsafePublicationException(string message, Exception inner) : base(message, inner) { }

    public UnsafePublicationException(IReadOnlyList<Recovery> recoveries)
        : base(Describe(recoveries)) => Recoveries = recoveries;

    public IReadOnlyList<Recovery> Recoveries { get; } = [];

    private static string Describe(IReadOnlyList<Recovery> recoveries) =>
        $"Not published: the disclosure audit worked out {recoveries.Count} withheld or rounded figure(s), for example " +
        string.Join("; ", recoveries.Take(3).Select(r => $"{r.Area} {r.Window} {r.Period} {r.Count} ({r.How})")) + ".";
}
