namespace SpReporting.Publishing.Audit;

/// <summary>
/// A figure the audit worked out from the published files that the publication does not show: a
/// withheld count, a count more exact than its rounded value, or a small complement. <see cref="How"/>
/// names the attack and the figures it used (codes and metric ids only: nothing about a person).
/// </summary>
public sealed record Recovery(string Area, string Window, string Period, string Count, long Value, string Published, string How)
{
    /// <summary>The relation that pinned it, when the attack was differencing (complementary suppression uses it).</summary>
    internal int Relation { get; init; } = -1;

    /// <summary>The report line: where and how, never the figure recovered (the report must not spread what it found).</summary>
    public override string ToString() => $"{Area} {Window} {Period} {Count} (published {Published}): {How}";
}
