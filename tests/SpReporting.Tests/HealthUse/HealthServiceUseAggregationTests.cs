using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using C = SpReporting.Partials.Components;

namespace SpReporting.Tests.HealthUse;

/// <summary>Health-service use rolled up PCN -> ICB -> region -> England and across windows, from components.</summary>
public class HealthServiceUseAggregationTests
{
    private static readonly OrganisationRegistry Orgs = new(
    [
        Org("U00001", "I01", "Y01"),
        Org("U00002", "I01", "Y01"),
        Org("U00003", "I02", "Y02"),
    ]);

    private static Organisation Org(string code, string icb, string region) =>
        new(code, code + " PCN", "S" + code[^2..], "Sub", icb, icb + " ICB", region, region + " Region", new DateOnly(2019, 7, 1), null, 10_000, 5);

    /// <summary>
    /// PCN n closes 10n referrals a month; from its seventh month it reports utilisation rows for 5n of them,
    /// each with GP change -n (so -1, -2, -3 by PCN) and reduced use for all but one.
    /// </summary>
    private static Dictionary<(string, Month), Partial> Partials(Month from, int months)
    {
        var d = new Dictionary<(string, Month), Partial>();
        foreach (var pcn in Orgs.Pcns)
        {
            var n = int.Parse(pcn.PcnCode[1..], System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < months; i++)
            {
                var sums = new List<KeyValuePair<string, double>>
                {
                    KeyValuePair.Create(C.Returns, 1.0),
                    KeyValuePair.Create(C.Closures, 10.0 * n),
                };
                if (i >= 6)
                {
                    var rows = 5.0 * n;
                    sums.AddRange(
                    [
                        KeyValuePair.Create(C.UseRows, rows),
                        KeyValuePair.Create(C.UseGpSum, -n * rows),
                        KeyValuePair.Create(C.UseGpSumSq, (double)n * n * rows),
                        KeyValuePair.Create(C.UseGpReduced, rows - 1),
                    ]);
                }
                d[(pcn.PcnCode, from.AddMonths(i))] = new Partial(sums, new DateOnly(2020, 1, 1));
            }
        }
        return d;
    }

    private static readonly Month From = new(2024, 1);
    private static readonly List<AggregateRow> Rows = Aggregator.Rows(new AggregationInput(
        Orgs, Partials(From, 24), new Dictionary<(string, Quarter), double>(), From, new Month(2025, 12))).ToList();

    private static MetricValue V(string area, Window w, string period, string metric) =>
        Rows.Single(r => r.Area.Code == area && r.Window == w && r.Period == period).Find(metric)!;

    [Fact]
    public void Coverage_divides_by_the_closures_of_six_months_earlier()
    {
        // July 2024: U00002 reports 10 rows; its closures due are January's 20.
        var july = V("U00002", Window.Month, "2024-07", MetricIds.UseCoveragePct);
        Assert.Equal((10.0, 20.0), (july.Numerator, july.Denominator));
        Assert.Equal(50, july.Value!.Value, 9);
        // Before any after-window has ended nothing is due, so there is no coverage to show.
        Assert.Null(V("U00002", Window.Month, "2024-03", MetricIds.UseCoveragePct).Value);
        // A quarter: rows of Jul-Sep over closures of Jan-Mar.
        var q2 = V("U00001", Window.Quarter, "2024-Q2", MetricIds.UseCoveragePct);
        Assert.Equal((15.0, 30.0), (q2.Numerator, q2.Denominator));
    }

    [Fact]
    public void Areas_merge_components_never_average_the_pcns()
    {
        // ICB I01 in August 2024: rows 5 + 10 = 15, GP change sum -5 - 20 = -25, so mean -25/15 (not the mean of -1 and -2).
        var icb = V("I01", Window.Month, "2024-08", MetricIds.GpUseChangeMean);
        Assert.Equal(-25.0 / 15, icb.Value!.Value, 9);
        Assert.Equal(15, icb.People);
        var england = V("E92000001", Window.Month, "2024-08", MetricIds.GpUseChangeMean);
        Assert.Equal(-(5.0 + 20 + 45) / 30, england.Value!.Value, 9);
        var reduced = V("E92000001", Window.Month, "2024-08", MetricIds.GpUseReducedPct);
        Assert.Equal((27.0, 30.0), (reduced.Numerator, reduced.Denominator));
        // A region is its PCNs too.
        Assert.Equal(-3, V("Y02", Window.Month, "2024-08", MetricIds.GpUseChangeMean).Value!.Value, 9);
        // R12 to December 2024: six months of rows (Jul-Dec).
        var r12 = V("U00003", Window.R12, "2024-12", MetricIds.GpUseChangeMean);
        Assert.Equal(6 * 15, r12.People);
    }

    [Fact]
    public void Pcns_are_benchmarked_against_england_and_their_icb()
    {
        // U00003: 15 people, each -3 (no spread); England -70/30. Lower is better, so better than England.
        var pcn = V("U00003", Window.Month, "2024-09", MetricIds.GpUseChangeMean);
        Assert.Equal("better", pcn.ComparedToEngland);
        Assert.NotNull(pcn.ComparedToParent);
        // U00001 has 5 people a month: too few (n < 10) to compare.
        Assert.Equal("not_compared", V("U00001", Window.Month, "2024-09", MetricIds.GpUseChangeMean).ComparedToEngland);
        // U00002 over R12 to Dec 2024 (60 people, each -2) is worse than England's -70/30 = -2.33.
        Assert.Equal("worse", V("U00002", Window.R12, "2024-12", MetricIds.GpUseChangeMean).ComparedToEngland);
    }

    [Fact]
    public void Spc_is_drawn_only_once_12_monthly_points_exist()
    {
        // Rows start in July 2024: June 2025 is the 12th point of U00002's GP-change and coverage series
        // (10 people a month, so every month is published and judged; docs/statistics.md, "Which values are judged").
        var rowsTo = Aggregator.Rows(new AggregationInput(Orgs, Partials(From, 24), new Dictionary<(string, Quarter), double>(), From, new Month(2025, 5))).ToList();
        foreach (var id in new[] { MetricIds.GpUseChangeMean, MetricIds.UseCoveragePct })
        {
            Assert.All(rowsTo.Where(r => r.Window == Window.Month && r.Area.Code == "U00002"), r => Assert.Null(r.Find(id)!.Variation));
            Assert.NotNull(V("U00002", Window.Month, "2025-06", id).Variation);
            Assert.NotNull(V("U00002", Window.Month, "2024-07", id).Variation);
        }
        // U00001's mean is of 5 people a month: withheld ([c]), so a gap in every month and never judged.
        Assert.All(Rows.Where(r => r.Window == Window.Month && r.Area.Code == "U00001"), r => Assert.Null(r.Find(MetricIds.GpUseChangeMean)!.Variation));
    }
}
