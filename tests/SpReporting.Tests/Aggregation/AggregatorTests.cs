using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using C = SpReporting.Partials.Components;

namespace SpReporting.Tests.Aggregation;

public class AggregatorTests
{
    private static readonly OrganisationRegistry Orgs = new(
    [
        Org("U00001", "I01", "Y01", 10_000),
        Org("U00002", "I01", "Y01", 20_000),
        Org("U00003", "I02", "Y01", 15_000),
        Org("U00004", "I02", "Y02", 5_000, close: new DateOnly(2024, 6, 30)),
    ]);

    private static Organisation Org(string code, string icb, string region, int patients, DateOnly? close = null) =>
        new(code, code + " PCN", "S" + code[^2..], "Sub", icb, icb + " ICB", region, region + " Region", new DateOnly(2019, 7, 1), close, patients, 5);

    /// <summary>Deterministic partials: received = pcn number × 10 + month index, a few posts, waits.</summary>
    private static Dictionary<(string, Month), Partial> Partials(Month from, int months, Random? random = null)
    {
        var d = new Dictionary<(string, Month), Partial>();
        foreach (var pcn in Orgs.Pcns)
        {
            var n = int.Parse(pcn.PcnCode[1..], System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < months; i++)
            {
                var month = from.AddMonths(i);
                if (!pcn.IsOpenIn(month)) { continue; }
                var received = random?.Next(0, 40) ?? n * 10 + i;
                d[(pcn.PcnCode, month)] = new Partial(
                [
                    KeyValuePair.Create(C.Returns, 1.0),
                    KeyValuePair.Create(C.OnTime, 1.0),
                    KeyValuePair.Create(C.Received, (double)received),
                    KeyValuePair.Create(C.NonGp, received / 2.0),
                    KeyValuePair.Create(C.Headcount, (double)n),
                    KeyValuePair.Create(C.Wte, n * 0.8),
                    KeyValuePair.Create(C.Leavers, i % 5 == 0 ? 1.0 : 0),
                    KeyValuePair.Create(C.WaitN, 2.0),
                    KeyValuePair.Create(C.WaitDays(n), 1.0),
                    KeyValuePair.Create(C.WaitDays(10 + i), 1.0),
                ], new DateOnly(2020, n, 1));
            }
        }
        return d;
    }

    private static List<AggregateRow> Run(Dictionary<(string, Month), Partial> partials, Month from, Month to, RefreshScope? scope = null) =>
        Aggregator.Rows(new AggregationInput(Orgs, partials, new Dictionary<(string, Quarter), double>(), from, to) { Scope = scope }).ToList();

    private static double? V(IEnumerable<AggregateRow> rows, string area, Window w, string period, string metric) =>
        rows.Single(r => r.Area.Code == area && r.Window == w && r.Period == period).Find(metric)!.Value;

    [Fact]
    public void Every_area_equals_the_merge_of_its_pcns_never_an_average()
    {
        var from = new Month(2024, 1);
        var rows = Run(Partials(from, 12), from, new Month(2024, 12));
        foreach (var period in new[] { "2024-01", "2024-06", "2024-12" })
        {
            // A PCN closed before the month has no row for it (nothing to add).
            double Sum(params string[] pcns) => pcns.Where(p => rows.Any(r => r.Area.Code == p && r.Window == Window.Month && r.Period == period)).Sum(p => V(rows, p, Window.Month, period, MetricIds.Received) ?? 0);
            Assert.Equal(Sum("U00001", "U00002"), V(rows, "I01", Window.Month, period, MetricIds.Received));
            Assert.Equal(Sum("U00001", "U00002", "U00003", "U00004"), V(rows, "E92000001", Window.Month, period, MetricIds.Received));
            Assert.Equal(Sum("U00001", "U00002", "U00003"), V(rows, "Y01", Window.Month, period, MetricIds.Received));
        }
        // A percentage at ICB level is numerator over denominator of the merged components.
        var icb = rows.Single(r => r.Area.Code == "I01" && r.Window == Window.Month && r.Period == "2024-03").Find(MetricIds.NonGpPct)!;
        Assert.Equal(50, icb.Value!.Value, 9);
    }

    [Fact]
    public void Windows_sum_their_months_and_stocks_take_the_last_month()
    {
        var from = new Month(2024, 1);
        var rows = Run(Partials(from, 15), from, new Month(2025, 3));
        double M(string period) => V(rows, "U00002", Window.Month, period, MetricIds.Received)!.Value;
        Assert.Equal(M("2024-04") + M("2024-05") + M("2024-06"), V(rows, "U00002", Window.Quarter, "2024-Q1", MetricIds.Received));
        Assert.Equal(Enumerable.Range(0, 9).Sum(i => M(new Month(2024, 4).AddMonths(i).ToString())), V(rows, "U00002", Window.Fytd, "2024-12", MetricIds.Received));
        Assert.Equal(Enumerable.Range(0, 12).Sum(i => M(new Month(2024, 4).AddMonths(i).ToString())), V(rows, "U00002", Window.R12, "2025-03", MetricIds.Received));
        Assert.Equal(1.6, V(rows, "U00002", Window.Quarter, "2024-Q1", MetricIds.Wte)!.Value, 9);
        // A rate over a quarter is annualised: × 12 / 3.
        var q = V(rows, "U00002", Window.Quarter, "2024-Q1", MetricIds.Received)!.Value;
        Assert.Equal(q / 20_000 * 1000 * 4, V(rows, "U00002", Window.Quarter, "2024-Q1", MetricIds.RatePer1k)!.Value, 9);
    }

    [Fact]
    public void Expected_returns_follow_open_and_close_dates()
    {
        var from = new Month(2024, 1);
        var rows = Run(Partials(from, 12), from, new Month(2024, 12));
        Assert.Equal(4, V(rows, "E92000001", Window.Month, "2024-06", MetricIds.ReturnsExpected));
        Assert.Equal(3, V(rows, "E92000001", Window.Month, "2024-07", MetricIds.ReturnsExpected));
        Assert.Equal(100, V(rows, "E92000001", Window.Month, "2024-07", MetricIds.CompletenessPct));
    }

    [Fact]
    public void Incremental_rows_equal_the_same_rows_of_a_full_rebuild()
    {
        var from = new Month(2023, 1);
        var partials = Partials(from, 24, new Random(5));
        var before = Run(partials, from, new Month(2024, 12));
        List<AggregateRow> full;
        // A late return for U00003 in May 2024 changes May, Q1 2024/25, FYTD May..Dec, R12 May..Dec, and the
        // monthly series (SPC) of U00003, its ICB, region and England.
        partials[("U00003", new Month(2024, 5))] = partials[("U00003", new Month(2024, 5))].Merge(new Partial([KeyValuePair.Create(C.Received, 7.0)], null));
        full = Run(partials, from, new Month(2024, 12));
        var scope = RefreshScope.Of([("U00003", new Month(2024, 5))], Orgs, new Month(2024, 12));
        // May's closures are also the coverage denominator of November: its month and quarter are in scope too.
        Assert.Equal(1 + 1 + 8 + 8 + 2, scope.Windows.Count);
        var some = Run(partials, from, new Month(2024, 12), scope);
        // 9 areas × 10 window-periods (May, Nov; Q1, Q3; FYTD and R12 ending Jun, Sep and Dec), less November and Q3 of
        // U00004, which closed at the end of June and has no rows for windows after it closed (docs/packs.md, "Closed areas"), plus
        // the other 22 months of 4 series.
        Assert.Equal(9 * 10 - 2 + 4 * 22, some.Count);
        Assert.DoesNotContain(some, r => r.Area.Code == "U00004" && (r.Period is "2024-11" or "2024-Q3"));
        foreach (var row in some)
        {
            var same = full.Single(r => r.Area.Code == row.Area.Code && r.Window == row.Window && r.Period == row.Period);
            Assert.Equal(same.Values, row.Values);
        }
        // Everything outside the scope is exactly as it was: keeping the old rows is right.
        var outside = full.Where(r => !scope.Includes(r)).ToList();
        Assert.Equal(before.Count - some.Count, outside.Count);
        foreach (var row in outside)
        {
            var old = before.Single(r => r.Area.Code == row.Area.Code && r.Window == row.Window && r.Period == row.Period);
            Assert.Equal(old.Values, row.Values);
        }
    }

    [Fact]
    public void Monthly_series_get_spc_variation_and_areas_are_benchmarked_against_england()
    {
        var from = new Month(2023, 1);
        var rows = Run(Partials(from, 24), from, new Month(2024, 12));
        var pcn = rows.Where(r => r.Area.Code == "U00003" && r.Window == Window.Month).ToList();
        Assert.All(pcn, r => Assert.NotNull(r.Find(MetricIds.Received)!.Variation));
        // Received rises by one every month for every PCN: a sustained upward trend on a neutral metric.
        Assert.Equal("neutral_high", pcn[^1].Find(MetricIds.Received)!.Variation);
        Assert.NotNull(pcn[^1].Find(MetricIds.NonGpPct)!.ComparedToEngland);
        Assert.NotNull(pcn[^1].Find(MetricIds.NonGpPct)!.ComparedToParent);
        var england = rows.Single(r => r.Area.Level == Level.England && r.Window == Window.Month && r.Period == "2024-12");
        Assert.Null(england.Find(MetricIds.NonGpPct)!.ComparedToEngland);
    }

    [Fact]
    public void Maturity_is_months_since_the_first_start_and_the_median_for_areas()
    {
        var from = new Month(2024, 1);
        var rows = Run(Partials(from, 12), from, new Month(2024, 12));
        // U00001 started in January 2020: December 2024 is 59 calendar months on; U00002 in February 2020: 58.
        Assert.Equal(59, V(rows, "U00001", Window.Month, "2024-12", MetricIds.MaturityMonths));
        Assert.Equal(58.5, V(rows, "I01", Window.Month, "2024-12", MetricIds.MaturityMonths));
    }

    [Fact]
    public void Areas_without_returns_are_left_out_but_a_silent_pcn_of_an_active_icb_is_published_as_missing()
    {
        var from = new Month(2024, 1);
        var partials = Partials(from, 6).Where(kv => kv.Key.Item1 != "U00002" && kv.Key.Item1 != "U00004").ToDictionary();
        var rows = Run(partials, from, new Month(2024, 6));
        Assert.Contains(rows, r => r.Area.Code == "U00002");
        Assert.Equal(0, V(rows, "U00002", Window.Month, "2024-03", MetricIds.ReturnsReceived));
        Assert.Equal(1, V(rows, "U00002", Window.Month, "2024-03", MetricIds.ReturnsExpected));
        // The ICB's rate is per patient of the PCN that made a return (U00001, 10,000 patients), not of both.
        var received = V(rows, "I01", Window.Month, "2024-03", MetricIds.Received)!.Value;
        Assert.Equal(received * 12 * 1000 / 10_000, V(rows, "I01", Window.Month, "2024-03", MetricIds.RatePer1k)!.Value, 9);
        // U00004's region Y02 has no return at all, so neither it nor the region is published; its ICB I02 has U00003.
        Assert.DoesNotContain(rows, r => r.Area.Code == "Y02");
        Assert.Contains(rows, r => r.Area.Code == "U00004");
    }

    [Fact]
    public void A_PCN_closed_before_a_window_is_left_out_of_it()
    {
        // U00004 closed on 30 June 2024.
        var from = new Month(2024, 1);
        var rows = Run(Partials(from, 12), from, new Month(2024, 12)).Where(r => r.Area.Code == "U00004").ToList();

        Assert.Contains(rows, r => r.Window == Window.Month && r.Period == "2024-06");
        Assert.DoesNotContain(rows, r => r.Window == Window.Month && r.End > new Month(2024, 6));
        Assert.DoesNotContain(rows, r => r.Window == Window.Quarter && r.Period is "2024-Q2" or "2024-Q3");
        // Windows it was open for part of still include it.
        Assert.Contains(rows, r => r.Window == Window.Quarter && r.Period == "2024-Q1");
        Assert.Contains(rows, r => r.Window == Window.R12 && r.Period == "2024-12");
        Assert.Contains(rows, r => r.Window == Window.Fytd && r.Period == "2024-12");
    }
}
