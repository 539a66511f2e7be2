using SpReporting.Periods;
using SpReporting.Readiness;

namespace SpReporting.Tests.Readiness;

public class ReadinessRuleTests
{
    private static readonly ReadinessOptions Options = ReadinessOptions.Default;

    private static Month M(string text) => Month.Parse(text);

    /// <summary>Every month from <paramref name="from"/> to <paramref name="to"/> except <paramref name="missing"/>.</summary>
    private static HashSet<Month> Returns(string from, string to, params string[] missing)
    {
        var set = new HashSet<Month>();
        for (var m = M(from); m <= M(to); m = m.AddMonths(1)) { set.Add(m); }
        foreach (var gap in missing) { set.Remove(M(gap)); }
        return set;
    }

    private static PcnHistory Pcn(string? start, HashSet<Month> returned, string latest, string? closed = null) =>
        new("U00001", start is null ? null : M(start), returned, M("2019-07"), closed is null ? null : M(closed), M(latest));

    // Service began 2022-04 (a post starting any day in April 2022). 2024-03 − 2022-04 = 23 calendar months: too
    // young; 2024-04 − 2022-04 = 24: old enough. A return every month, so points (24, 25) and returns (12) pass.
    [Theory]
    [InlineData("2024-03", ReadinessReason.TooYoung)]
    [InlineData("2024-04", ReadinessReason.Fair)]
    public void Twenty_three_months_is_too_young_and_twenty_four_is_old_enough(string review, ReadinessReason expected)
    {
        var pcn = Pcn("2022-04", Returns("2022-04", "2024-06"), "2024-06");
        Assert.Equal(expected, ReadinessRule.Assess(pcn, M(review), Options));
    }

    // Service began 2020-01; review 2022-06 (29 months). Returns 2021-08..2022-06 are 11 months: 11 points since
    // the service began (too few), although 11 of the last 12 months have returns. From 2021-07 they are 12: fair.
    [Theory]
    [InlineData("2021-08", ReadinessReason.TooFewPoints)]
    [InlineData("2021-07", ReadinessReason.Fair)]
    public void Eleven_points_are_too_few_and_twelve_are_enough(string firstReturn, ReadinessReason expected)
    {
        var pcn = Pcn("2020-01", Returns(firstReturn, "2022-06"), "2022-06");
        Assert.Equal(expected, ReadinessRule.Assess(pcn, M("2022-06"), Options));
    }

    // Service began 2020-01, review 2022-06: the last 12 months are 2021-07..2022-06. Three of them missing leaves
    // 9 returns (missing returns); two missing leaves 10 (fair). Points since 2020-01 are 27 or 28 either way.
    [Fact]
    public void Nine_returns_in_twelve_months_are_missing_returns_and_ten_are_enough()
    {
        var nine = Pcn("2020-01", Returns("2020-01", "2022-06", "2021-09", "2021-12", "2022-03"), "2022-06");
        var ten = Pcn("2020-01", Returns("2020-01", "2022-06", "2021-09", "2021-12"), "2022-06");
        Assert.Equal(ReadinessReason.MissingReturns, ReadinessRule.Assess(nine, M("2022-06"), Options));
        Assert.Equal(ReadinessReason.Fair, ReadinessRule.Assess(ten, M("2022-06"), Options));
        // A missing month older than the window no longer counts: 2021-09 leaves the window at review 2022-09
        // (window 2021-10..2022-09, with 2021-12 and 2022-03 missing and the rest projected): 10 returns.
        Assert.Equal(ReadinessReason.MissingReturns, ReadinessRule.Assess(nine, M("2022-08"), Options));
        Assert.Equal(ReadinessReason.Fair, ReadinessRule.Assess(nine, M("2022-09"), Options));
    }

    // A PCN that closed in 2023-12 (its close date falls in December) is judged as usual in its last month and
    // is not open from 2024-01: it is left out of any share rather than counted as not fair, and has no
    // earliest month ahead of it because it is not fair at the horizon.
    [Fact]
    public void A_closed_pcn_is_judged_until_it_closes_and_then_left_out()
    {
        var pcn = Pcn("2020-01", Returns("2020-01", "2023-12"), "2024-04", closed: "2023-12");
        Assert.Equal(ReadinessReason.Fair, ReadinessRule.Assess(pcn, M("2023-12"), Options));
        Assert.Equal(ReadinessReason.NotOpen, ReadinessRule.Assess(pcn, M("2024-01"), Options));
        Assert.Null(ReadinessRule.EarliestFair(pcn, Options));
    }

    [Fact]
    public void No_service_yet_is_not_started()
    {
        var pcn = Pcn(null, Returns("2020-01", "2024-04"), "2024-04");
        Assert.Equal(ReadinessReason.NotStarted, ReadinessRule.Assess(pcn, M("2024-04"), Options));
        Assert.Null(ReadinessRule.EarliestFair(pcn, Options));
    }

    // Service began 2020-01, first return 2021-03. At 2022-01 (24 months) the points are 2021-03..2022-01 = 11:
    // too few. At 2022-02 they are 12 and the last 12 months all have returns: fair from 2022-02.
    [Fact]
    public void Earliest_month_waits_for_the_twelfth_point()
    {
        var pcn = Pcn("2020-01", Returns("2021-03", "2024-04"), "2024-04");
        Assert.Equal(ReadinessReason.TooFewPoints, ReadinessRule.Assess(pcn, M("2022-01"), Options));
        Assert.Equal(M("2022-02"), ReadinessRule.EarliestFair(pcn, Options));
    }

    // Latest data 2023-12, service began 2022-06 with a return every month: 2024-06 is 24 months on, after the
    // latest data, so it is reached only by assuming the returns keep coming (as docs/metrics.md says).
    [Fact]
    public void Earliest_month_after_the_latest_data_assumes_returns_keep_coming()
    {
        var pcn = Pcn("2022-06", Returns("2022-06", "2023-12"), "2023-12");
        Assert.Equal(M("2024-06"), ReadinessRule.EarliestFair(pcn, Options));
    }

    // Fair at 2021-01 (started 2019-01, returns every month), then three returns missed in 2022: the earliest
    // month is when it became fair again and stayed so (window 2022-06..2023-05 holds two gaps: 2023-05).
    [Fact]
    public void Earliest_month_is_the_start_of_the_stretch_it_stays_fair()
    {
        var pcn = Pcn("2019-01", Returns("2019-01", "2024-04", "2022-05", "2022-06", "2022-07"), "2024-04");
        Assert.Equal(ReadinessReason.Fair, ReadinessRule.Assess(pcn, M("2021-01"), Options));
        Assert.Equal(ReadinessReason.MissingReturns, ReadinessRule.Assess(pcn, M("2023-04"), Options));
        Assert.Equal(M("2023-05"), ReadinessRule.EarliestFair(pcn, Options));
    }

    [Fact]
    public void Options_change_the_rule()
    {
        var pcn = Pcn("2022-04", Returns("2022-04", "2024-06"), "2024-06");
        Assert.Equal(ReadinessReason.Fair, ReadinessRule.Assess(pcn, M("2024-03"), Options with { MinimumServiceMonths = 23 }));
    }

    // The running count the rule uses must agree with counting month by month, known or projected, open or not.
    [Fact]
    public void Counting_returns_in_a_window_agrees_with_month_by_month()
    {
        var random = new Random(13);
        for (var trial = 0; trial < 200; trial++)
        {
            var returned = Returns("2020-01", "2023-12").Where(_ => random.NextDouble() < 0.7).ToHashSet();
            var pcn = new PcnHistory("U00001", M("2020-01"), returned, M("2020-01").AddMonths(random.Next(0, 40)),
                random.Next(3) == 0 ? M("2022-01").AddMonths(random.Next(0, 40)) : null, M("2023-12"));
            var from = M("2019-06").AddMonths(random.Next(0, 70));
            var to = from.AddMonths(random.Next(-2, 40));
            var expected = 0;
            for (var m = from; m <= to; m = m.AddMonths(1)) { if (pcn.HasReturn(m)) { expected++; } }
            Assert.Equal(expected, pcn.ReturnsBetween(from, to));
        }
    }
}
