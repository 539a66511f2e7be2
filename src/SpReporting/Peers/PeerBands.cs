namespace SpReporting.Peers;

/// <summary>
/// National reference bands of one measure by age: for each number of months since the service began, the
/// median and the 10th–90th percentiles of every PCN's published value at that age (one value per PCN and
/// month: a PCN 30 months old in March 2024 counts at age 30).
/// </summary>
public sealed class PeerBands
{
    private readonly Dictionary<int, PeerBand> _byAge;

    private PeerBands(Dictionary<int, PeerBand> byAge) => _byAge = byAge;

    public IReadOnlyCollection<PeerBand> All => _byAge.Values;

    public static PeerBands Build(IEnumerable<(int AgeMonths, double Value)> values, PeerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var byAge = new Dictionary<int, PeerBand>();
        foreach (var age in values.Where(v => v.AgeMonths >= 0 && double.IsFinite(v.Value)).GroupBy(v => v.AgeMonths))
        {
            var sorted = age.Select(v => v.Value).Order().ToList();
            if (sorted.Count < options.MinimumPcns) { continue; }
            // Edges are kept at the precision they are published at (2 places), so a value is placed against the band as shown.
            byAge[age.Key] = new PeerBand(age.Key, sorted.Count, Shown(Percentile.OfSorted(sorted, options.LowerPercentile)),
                Shown(Percentile.OfSorted(sorted, 0.5)), Shown(Percentile.OfSorted(sorted, options.UpperPercentile)));
        }
        return new PeerBands(byAge);
    }

    private static double Shown(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    public PeerBand? At(int ageMonths) => _byAge.GetValueOrDefault(ageMonths);

    /// <summary>A value placed against the band at its age; null where there is no band at that age.</summary>
    public PeerPlace? Place(int ageMonths, double value) => At(ageMonths)?.Place(value);
}
