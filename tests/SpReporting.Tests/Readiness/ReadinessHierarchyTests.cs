using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Readiness;
using SpReporting.Reference;

namespace SpReporting.Tests.Readiness;

/// <summary>
/// A small hierarchy worked by hand (latest data 2024-04, review date 2024-04):
/// ICB IA: A1 began 2021-01, every return: fair. A2 began 2022-06: 22 months, too young (fair from 2024-06).
/// A3 began 2021-01, missed 2023-07, 2023-10 and 2024-01: 9 returns in 2023-05..2024-04, missing returns
/// (from 2024-07 the window 2023-08..2024-07 holds two gaps: fair). A4 as A1: fair. A5 closed 2023-12: not open.
/// IA: 2 fair of 4 open = 50%, not fair. ICB IB: B1–B3 began 2020-06, every return: 3 of 3 = 100%, fair.
/// England (one region): 5 of 7 open = 71.43%, not fair; 1 of 2 ICBs fair.
/// When 80% is reached and stays: IA at 2023-12 was 4 of 5 (80%), fell to 2 of 4 in 2024-01, 3 of 4 (75%) in
/// 2024-06, 4 of 4 in 2024-07: 2024-07. IB: fair from 2022-06 (24 months). England: 5 of 7 in 2024-05,
/// 6 of 7 (85.7%) in 2024-06: 2024-06.
/// </summary>
public class ReadinessHierarchyTests
{
    private static readonly Month Latest = Month.Parse("2024-04");

    private static readonly (string Code, string Icb, string Start, string[] Missing, string? Closed)[] Pcns =
    [
        ("U00001", "IA", "2021-01", [], null),
        ("U00002", "IA", "2022-06", [], null),
        ("U00003", "IA", "2021-01", ["2023-07", "2023-10", "2024-01"], null),
        ("U00004", "IA", "2021-01", [], null),
        ("U00005", "IA", "2021-01", [], "2023-12"),
        ("U00006", "IB", "2020-06", [], null),
        ("U00007", "IB", "2020-06", [], null),
        ("U00008", "IB", "2020-06", [], null),
    ];

    private static readonly OrganisationRegistry Orgs = new(Pcns.Select(p => new Organisation(p.Code, p.Code + " PCN", "S" + p.Code[^2..], "Sub",
        p.Icb, p.Icb + " ICB", "Y01", "Region", new DateOnly(2019, 7, 1), p.Closed is null ? null : Month.Parse(p.Closed).End, 10_000, 5)));

    private static IEnumerable<(string Pcn, Month Month)> Returned() =>
        from p in Pcns
        from m in Enumerable.Range(0, Latest.Index - Month.Parse(p.Start).Index + 1).Select(i => Month.Parse(p.Start).AddMonths(i))
        where !p.Missing.Contains(m.ToString()) && (p.Closed is null || m <= Month.Parse(p.Closed))
        select (p.Code, m);

    private static ReadinessTable Table()
    {
        var starts = Pcns.ToDictionary(p => p.Code, p => Month.Parse(p.Start));
        return ReadinessTable.Build(ReadinessTable.Histories(Orgs, Returned(), starts, Latest), Month.Parse("2019-07"), Latest, ReadinessOptions.Default);
    }

    private static string[] In(string icb) => Pcns.Where(p => icb == "" || p.Icb == icb).Select(p => p.Code).ToArray();

    [Fact]
    public void Share_at_the_review_date_matches_the_hand_count()
    {
        var table = Table();
        var review = Month.Parse("2024-04");
        Assert.Equal(new AreaReadiness(4, 2, 0, 1, 0, 1, 1), table.At(In("IA"), review));
        Assert.Equal(new AreaReadiness(3, 3, 0, 0, 0, 0, 0), table.At(In("IB"), review));
        var england = table.At(In(""), review);
        Assert.Equal(new AreaReadiness(7, 5, 0, 1, 0, 1, 1), england);
        Assert.Equal(5.0 / 7, england.Share!.Value, 12);
        Assert.False(england.IsFair(ReadinessOptions.Default));
        Assert.Equal(1, new[] { "IA", "IB" }.Count(icb => table.At(In(icb), review).IsFair(ReadinessOptions.Default)));
    }

    [Fact]
    public void Month_by_which_eighty_percent_is_fair_matches_the_hand_count()
    {
        var table = Table();
        Assert.Equal(Month.Parse("2024-07"), table.ShareReached(In("IA")));
        Assert.Equal(Month.Parse("2022-06"), table.ShareReached(In("IB")));
        Assert.Equal(Month.Parse("2024-06"), table.ShareReached(In("")));
        Assert.Equal(Month.Parse("2024-06"), table.Earliest("U00002"));
        Assert.Equal(Month.Parse("2024-07"), table.Earliest("U00003"));
    }

    [Fact]
    public void Aggregator_publishes_the_same_readiness_in_the_metrics()
    {
        var partials = Returned().ToDictionary(r => r, r => new Partial([KeyValuePair.Create(Components.Returns, 1.0)],
            Month.Parse(Pcns.Single(p => p.Code == r.Pcn).Start).Start.AddDays(14)));
        var rows = Aggregator.Rows(new AggregationInput(Orgs, partials, new Dictionary<(string, Quarter), double>(), Month.Parse("2023-01"), Latest)).ToList();
        MetricValue Get(string area, string metric) => rows.Single(r => r.Area.Code == area && r.Window == Window.Month && r.Period == "2024-04").Find(metric)!;
        Assert.Equal(50.0, Get("IA", MetricIds.ReadySharePct).Value!.Value, 9);
        Assert.Equal((2.0, 4.0), (Get("IA", MetricIds.ReadySharePct).Numerator!.Value, Get("IA", MetricIds.ReadySharePct).Denominator!.Value));
        Assert.Equal("no", Get("IA", MetricIds.ReadyToJudge).Label);
        Assert.Equal("yes", Get("IB", MetricIds.ReadyToJudge).Label);
        Assert.Equal(100.0 * 5 / 7, Get(OrganisationRegistry.EnglandCode, MetricIds.ReadySharePct).Value!.Value, 9);
        Assert.Equal("2024-06", Get(OrganisationRegistry.EnglandCode, MetricIds.ReadyMonth).Label);
        Assert.Equal("2024-07", Get("IA", MetricIds.ReadyMonth).Label);
        Assert.Equal("too_young", Get("U00002", MetricIds.ReadyReason).Label);
        Assert.Equal("missing_returns", Get("U00003", MetricIds.ReadyReason).Label);
        Assert.Equal("yes", Get("U00001", MetricIds.ReadyToJudge).Label);
        Assert.Equal("2024-06", Get("U00002", MetricIds.ReadyMonth).Label);
    }
}
