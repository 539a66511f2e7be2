namespace SpReporting.Peers;

/// <summary>
/// How the national reference bands by age are drawn (docs/metrics.md, "Peers of the same age").
/// </summary>
/// <param name="LowerPercentile">The band's lower edge (10th percentile).</param>
/// <param name="UpperPercentile">The band's upper edge (90th percentile).</param>
/// <param name="MinimumPcns">PCNs with a published value at an age needed for a band there: fewer give no band.</param>
public sealed record PeerOptions(double LowerPercentile = 0.10, double UpperPercentile = 0.90, int MinimumPcns = 10)
{
    public static PeerOptions Default { get; } = new();
}
