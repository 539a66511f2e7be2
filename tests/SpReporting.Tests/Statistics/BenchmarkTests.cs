using SpReporting.Statistics;

namespace SpReporting.Tests.Statistics;

public class BenchmarkTests
{
    private static readonly Interval Ci = new(40, 50);

    [Theory]
    [InlineData(30, Polarity.Higher, Comparison.Better)] // interval wholly above England
    [InlineData(30, Polarity.Lower, Comparison.Worse)]
    [InlineData(60, Polarity.Higher, Comparison.Worse)] // wholly below
    [InlineData(60, Polarity.Lower, Comparison.Better)]
    [InlineData(45, Polarity.Higher, Comparison.Similar)] // contains it
    [InlineData(45, Polarity.Lower, Comparison.Similar)]
    [InlineData(40, Polarity.Higher, Comparison.Similar)] // touching the lower end overlaps
    [InlineData(50, Polarity.Higher, Comparison.Similar)] // touching the upper end overlaps
    [InlineData(39.999, Polarity.Higher, Comparison.Better)]
    [InlineData(50.001, Polarity.Higher, Comparison.Worse)]
    public void Interval_against_the_comparator_value_by_polarity(double england, Polarity polarity, Comparison expected) =>
        Assert.Equal(expected, Benchmark.Compare(Ci, england, polarity, 100));

    // A neutral measure (referral rate, reasons) is neither better nor worse: Fingertips says higher, similar or lower.
    [Theory]
    [InlineData(30, Comparison.Higher)]
    [InlineData(60, Comparison.Lower)]
    [InlineData(45, Comparison.Similar)]
    [InlineData(40, Comparison.Similar)]
    public void Neutral_metrics_are_higher_similar_or_lower(double england, Comparison expected)
    {
        Assert.Equal(expected, Benchmark.Compare(Ci, england, Polarity.Neutral, 100));
        Assert.Equal(expected == Comparison.Similar ? "similar" : expected == Comparison.Higher ? "higher" : "lower", expected.ToCode());
    }

    [Fact]
    public void Neutral_metrics_on_too_few_people_are_not_compared() =>
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(Ci, 30, Polarity.Neutral, 9));

    [Fact]
    public void Missing_or_suppressed_values_are_not_compared()
    {
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(null, 30, Polarity.Higher, 100));
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(Ci, null, Polarity.Higher, 100));
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(Ci, 30, Polarity.Higher, 100, suppressed: true));
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(Ci, double.NaN, Polarity.Higher, 100));
    }

    [Theory]
    [InlineData(9, Comparison.NotCompared)]
    [InlineData(9.99, Comparison.NotCompared)]
    [InlineData(10, Comparison.Better)]
    public void Fewer_than_ten_people_are_not_compared(double n, Comparison expected) =>
        Assert.Equal(expected, Benchmark.Compare(Ci, 30, Polarity.Higher, n));

    [Fact]
    public void Parts_overload_treats_any_missing_part_as_not_compared()
    {
        Assert.Equal(Comparison.Better, Benchmark.Compare(45, 40, 50, 100, 30, Polarity.Higher));
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(null, 40, 50, 100, 30, Polarity.Higher));
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(45, null, 50, 100, 30, Polarity.Higher));
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(45, 40, 50, null, 30, Polarity.Higher));
        Assert.Equal(Comparison.NotCompared, Benchmark.Compare(45, 40, 50, 100, null, Polarity.Higher));
    }

    [Fact]
    public void A_proportion_end_to_end()
    {
        // 40/50 = 80% (Wilson 0.6696 to 0.8876) against England 62%: better when higher is better.
        var ci = Wilson.Score(40, 50);
        Assert.Equal(Comparison.Better, Benchmark.Compare(ci, 0.62, Polarity.Higher, 50));
        Assert.Equal(Comparison.Similar, Benchmark.Compare(ci, 0.70, Polarity.Higher, 50));
    }

    [Theory]
    [InlineData(Comparison.Better, "better")]
    [InlineData(Comparison.Similar, "similar")]
    [InlineData(Comparison.Worse, "worse")]
    [InlineData(Comparison.NotCompared, "not_compared")]
    public void Codes(Comparison comparison, string code) => Assert.Equal(code, comparison.ToCode());
}
