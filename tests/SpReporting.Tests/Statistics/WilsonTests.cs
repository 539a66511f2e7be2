using SpReporting.Statistics;

namespace SpReporting.Tests.Statistics;

public class WilsonTests
{
    // Wilson score 95% limits. 0/10, 5/10, 10/10: standard worked values (0/10 upper = z²/(n+z²));
    // 81/263, 15/148, 0/20, 1/29: Newcombe RG (1998) Stat Med 17:857-872, Table II, method 3.
    [Theory]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_published_limits(int successes, int n, double lower, double upper)
    {
        var ci = Wilson.Score(successes, n)!;
        Assert.Equal(lower, ci.Lower, 4);
        Assert.Equal(upper, ci.Upper, 4);
    }

    [Fact]
    public void Ends_are_exactly_zero_and_one()
    {
        Assert.Equal(0.0, Wilson.Score(0, 7)!.Lower);
        Assert.Equal(1.0, Wilson.Score(7, 7)!.Upper);
    }

    [Fact]
    public void No_interval_for_an_empty_denominator() => Assert.Null(Wilson.Score(0, 0));

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, -1)]
    public void Rejects_impossible_counts(int successes, int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Score(successes, n));

    [Fact]
    public void A_wider_z_gives_a_wider_interval()
    {
        var at95 = Wilson.Score(30, 100)!;
        var at99 = Wilson.Score(30, 100, 2.5758293035489004)!;
        Assert.True(at99.Lower < at95.Lower && at99.Upper > at95.Upper);
    }

    [FsCheck.Xunit.Property]
    public bool Contains_the_observed_proportion_and_stays_in_0_to_1(ushort rawN, ushort rawSuccesses)
    {
        int n = 1 + (rawN % 5000);
        int s = rawSuccesses % (n + 1);
        var ci = Wilson.Score(s, n)!;
        double p = (double)s / n;
        return ci.Lower >= 0 && ci.Upper <= 1 && ci.Lower <= p && p <= ci.Upper && ci.Lower < ci.Upper;
    }

    [FsCheck.Xunit.Property]
    public bool Mirrors_for_failures(ushort rawN, ushort rawSuccesses)
    {
        int n = 1 + (rawN % 5000);
        int s = rawSuccesses % (n + 1);
        var ci = Wilson.Score(s, n)!;
        var mirror = Wilson.Score(n - s, n)!;
        return Math.Abs(ci.Lower - (1 - mirror.Upper)) < 1e-12 && Math.Abs(ci.Upper - (1 - mirror.Lower)) < 1e-12;
    }
}
