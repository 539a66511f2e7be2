namespace SpReporting.Peers;

/// <summary>The national reference band of one measure at one age (months since the service began).</summary>
public sealed record PeerBand(int AgeMonths, int Pcns, double Lower, double Median, double Upper)
{
    /// <summary>Where a value sits against the band: strictly above the upper edge, strictly below the lower, or within.</summary>
    public PeerPlace Place(double value) => value > Upper ? PeerPlace.Above : value < Lower ? PeerPlace.Below : PeerPlace.Within;
}

/// <summary>A PCN's value against the band of PCNs at the same age. Not better or worse: the measure's direction says that.</summary>
public enum PeerPlace
{
    Below,
    Within,
    Above,
}

public static class PeerPlaceCodes
{
    public static string ToCode(this PeerPlace place) => place switch
    {
        PeerPlace.Below => "below",
        PeerPlace.Above => "above",
        _ => "within",
    };

    public static string Label(this PeerPlace place) => place switch
    {
        PeerPlace.Below => "Below the 10th percentile of PCNs at the same age",
        PeerPlace.Above => "Above the 90th percentile of PCNs at the same age",
        _ => "Within the 10th to 90th percentiles of PCNs at the same age",
    };
}
