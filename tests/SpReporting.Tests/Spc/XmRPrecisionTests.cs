using SpReporting.Spc;
using SpReporting.Statistics;

namespace SpReporting.Tests.Spc;

/// <summary>
/// Equal values are equal: a series with no variation at its published precision is common cause, however the
/// floating-point sum of its points rounds (docs/statistics.md, "Published precision").
/// </summary>
public class XmRPrecisionTests
{
    [Theory]
    [InlineData(3.52, 12)]
    [InlineData(3.52, 15)]
    [InlineData(0.1, 7)]
    public void A_flat_series_is_common_cause_with_its_centre_on_the_points(double value, int months)
    {
        var result = XmR.Analyse(Enumerable.Repeat(value, months).ToArray(), Polarity.Higher, SpcOptions.Default);

        Assert.All(result.Points, p => Assert.Equal(Variation.CommonCause, p.Variation));
        Assert.Equal(value, result.Limits!.Centre);
        Assert.Equal(value, result.Limits.Upper);
        Assert.Equal(value, result.Limits.Lower);
    }

    [Fact]
    public void A_near_flat_series_equal_to_fifteen_digits_is_common_cause()
    {
        // 1.1 + 2.42 is 3.5200000000000005 in binary floating point: the same published value as 3.52.
        double[] values = [3.52, 1.1 + 2.42, 3.52, 1.1 + 2.42, 3.52, 3.52, 1.1 + 2.42, 3.52, 3.52, 3.52, 1.1 + 2.42, 3.52];

        var result = XmR.Analyse(values, Polarity.Higher, SpcOptions.Default);

        Assert.All(result.Points, p => Assert.Equal(Variation.CommonCause, p.Variation));
    }

    [Fact]
    public void A_flat_series_with_a_target_below_it_is_consistently_passing()
    {
        var result = XmR.Analyse(Enumerable.Repeat(1.8, 12).ToArray(), Polarity.Higher, SpcOptions.Default, target: 1.7);

        Assert.Equal(Assurance.ConsistentPass, result.Assurance);
        Assert.Equal(Variation.CommonCause, result.Variation);
    }
}
