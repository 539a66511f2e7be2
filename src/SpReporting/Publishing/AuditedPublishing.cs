using SpReporting.Publishing.Audit;

namespace SpReporting.Publishing;

/// <summary>
/// The publishing loop every front door uses (docs/metrics.md, "Disclosure control"): write the outputs
/// under <c>root</c> (<c>exports/metrics.csv</c>, <c>site</c>), audit them, and while the audit pins
/// withheld figures through exact sums, withhold complementary cells and write again. Throws
/// <see cref="UnsafePublicationException"/> when the audit still recovers something it cannot fix.
/// </summary>
public static class AuditedPublishing
{
    /// <summary>Rounds of complementary suppression before publishing gives up (each round re-writes and re-audits).</summary>
    public const int MaximumRounds = 10;

    /// <returns>What the last write returned, the complementary suppressions, and the time spent auditing (docs/benchmarks.md).</returns>
    public static async Task<(T Written, WithheldCounts Withheld, TimeSpan Auditing)> WriteAsync<T>(string root, Func<WithheldCounts, Task<T>> write, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        var withheld = new WithheldCounts();
        var auditing = TimeSpan.Zero;
        for (var round = 1; ; round++)
        {
            var written = await write(withheld);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var audit = PublicationAudit.Run(root);
            auditing += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (audit.Safe) { return (written, withheld, auditing); }
            if (round == MaximumRounds || withheld.AddComplements(audit) == 0)
            {
                throw new UnsafePublicationException(audit.Recoveries);
            }
            progress?.WriteLine($"publish: {withheld.Count} figure(s) withheld so that no withheld figure can be worked out; writing again");
        }
    }
}
