using SpReporting.Peers;

namespace SpReporting.Tests.Peers;

public class PeerBandsTests
{
    // Age 30: the ten values 1..10 (given out of order). PERCENTILE.INC: rank h = p(n − 1) from 0.
    // 10th: h = 0.9, 1 + 0.9 × (2 − 1) = 1.9. Median: h = 4.5, 5 + 0.5 × 1 = 5.5. 90th: h = 8.1, 9 + 0.1 × 1 = 9.1.
    // Age 31: 0, 10, ..., 100 (eleven values): h = 1, 5 and 9 fall on values: 10, 50, 90.
    // Age 32: nine PCNs, under the minimum of ten: no band.
    private static readonly (int, double)[] Values =
    [
        .. new[] { 7.0, 3, 10, 1, 5, 9, 2, 8, 4, 6 }.Select(v => (30, v)),
        .. Enumerable.Range(0, 11).Select(i => (31, 10.0 * i)).Reverse(),
        .. Enumerable.Range(0, 9).Select(i => (32, (double)i)),
    ];

    [Fact]
    public void Band_percentiles_match_the_hand_count()
    {
        var bands = PeerBands.Build(Values, PeerOptions.Default);
        var at30 = bands.At(30)!;
        Assert.Equal((10, 1.9, 5.5, 9.1), (at30.Pcns, Math.Round(at30.Lower, 12), Math.Round(at30.Median, 12), Math.Round(at30.Upper, 12)));
        var at31 = bands.At(31)!;
        Assert.Equal((11, 10.0, 50.0, 90.0), (at31.Pcns, at31.Lower, at31.Median, at31.Upper));
        Assert.Null(bands.At(32));
        Assert.Equal(2, bands.All.Count);
    }

    // Against age 30's band (1.9 to 9.1): an edge is within; beyond it is above or below.
    [Theory]
    [InlineData(9.1, PeerPlace.Within)]
    [InlineData(9.2, PeerPlace.Above)]
    [InlineData(1.9, PeerPlace.Within)]
    [InlineData(1.8, PeerPlace.Below)]
    public void A_value_is_placed_against_the_band_at_its_own_age(double value, PeerPlace expected)
    {
        var bands = PeerBands.Build(Values, PeerOptions.Default);
        Assert.Equal(expected, bands.Place(30, value));
        Assert.Null(bands.Place(32, value));
    }

    [Fact]
    public void Percentile_of_one_value_is_that_value_and_ends_are_the_extremes()
    {
        Assert.Equal(4.0, Percentile.OfSorted([4.0], 0.9));
        Assert.Equal(1.0, Percentile.OfSorted([1.0, 2, 3], 0));
        Assert.Equal(3.0, Percentile.OfSorted([1.0, 2, 3], 1));
    }
}
