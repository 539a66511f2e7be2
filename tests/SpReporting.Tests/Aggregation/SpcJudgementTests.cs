using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using C = SpReporting.Partials.Components;

namespace SpReporting.Tests.Aggregation;

/// <summary>
/// Which values are judged (docs/statistics.md): the published values, a PCN's months from its service's start,
/// assurance only against the plan in force for the judged quarter.
/// </summary>
public class SpcJudgementTests
{
    private static readonly Month From = new(2024, 4);
    private const int Months = 12;

    private static readonly OrganisationRegistry Orgs = new([
        new Organisation("U00001", "U00001 PCN", "S01", "Sub", "I01", "I01 ICB", "Y01", "Y01 Region", new DateOnly(2019, 7, 1), null, 10_000, 5),
    ]);

    /// <summary>One PCN's returns: WTE in post each month (0 before <paramref name="start"/>), 20 referrals a month.</summary>
    private static Dictionary<(string, Month), Partial> Partials(Func<int, double> wte, DateOnly start)
    {
        var d = new Dictionary<(string, Month), Partial>();
        for (var i = 0; i < Months; i++)
        {
            var month = From.AddMonths(i);
            var inPost = wte(i);
            d[("U00001", month)] = new Partial(
            [
                KeyValuePair.Create(C.Returns, 1.0),
                KeyValuePair.Create(C.OnTime, 1.0),
                KeyValuePair.Create(C.Received, 20.0),
                KeyValuePair.Create(C.Headcount, inPost > 0 ? 2.0 : 0),
                KeyValuePair.Create(C.Wte, inPost),
            ], month.End >= start ? start : null);
        }
        return d;
    }

    private static List<AggregateRow> Run(Dictionary<(string, Month), Partial> partials, Dictionary<(string, Quarter), double>? plans = null) =>
        Aggregator.Rows(new AggregationInput(Orgs, partials, plans ?? [], From, From.AddMonths(Months - 1))).ToList();

    private static List<MetricValue> Wte(IEnumerable<AggregateRow> rows, string area = "U00001") =>
        rows.Where(r => r.Area.Code == area && r.Window == Window.Month).OrderBy(r => r.End).Select(r => r.Find(MetricIds.Wte)!).ToList();

    private static Dictionary<(string, Quarter), double> PlanEveryQuarter(double wte) =>
        Enumerable.Range(0, 4).ToDictionary(q => ("U00001", new Quarter(2024, q + 1)), _ => wte);

    [Fact]
    public void A_series_flat_at_its_published_precision_is_common_cause()
    {
        // 3.5191, 3.5192, ... 3.5202: a rising trend unrounded, 3.52 every month as published (2 decimals).
        var rows = Run(Partials(i => 3.5191 + 0.0001 * i, new DateOnly(2020, 1, 1)));

        Assert.All(Wte(rows), v => Assert.Equal("common_cause", v.Variation));
    }

    [Fact]
    public void A_PCN_that_started_mid_series_has_no_points_before_its_start()
    {
        // The first link worker started in October 2024: April to September are before the service began.
        var rows = Run(Partials(i => i < 6 ? 0 : 1.8, new DateOnly(2024, 10, 1)), PlanEveryQuarter(1.7));
        var wte = Wte(rows);

        Assert.All(wte.Take(6), v => Assert.Null(v.Variation));
        Assert.All(wte.Skip(6), v => Assert.Equal("common_cause", v.Variation));
        // At 1.8 WTE every month of its service against a plan of 1.7, it consistently passes.
        Assert.Equal("consistent_pass", wte[^1].Assurance);
    }

    [Fact]
    public void A_PCN_above_its_plan_is_never_failing()
    {
        // Eleven months at 1.0 then 1.8: the limits (about 0.87 to 1.26) sit below a plan of 1.7, but the
        // judged month is above the plan.
        var rows = Run(Partials(i => i < Months - 1 ? 1.0 : 1.8, new DateOnly(2020, 1, 1)), PlanEveryQuarter(1.7));

        var last = Wte(rows)[^1];
        Assert.NotEqual("consistent_fail", last.Assurance);
        Assert.Equal("hit_and_miss", last.Assurance);
    }

    [Fact]
    public void No_plan_for_the_judged_quarter_gives_no_assurance()
    {
        // Plans for the first two quarters only; the series ends in 2024-Q4 (March 2025 is 2024-Q4).
        var plans = new Dictionary<(string, Quarter), double>
        {
            [("U00001", new Quarter(2024, 1))] = 5.0,
            [("U00001", new Quarter(2024, 2))] = 5.0,
        };
        var rows = Run(Partials(i => 1.0 + 0.1 * (i % 3), new DateOnly(2020, 1, 1)), plans);

        Assert.All(Wte(rows), v => Assert.Null(v.Assurance));
        Assert.All(Wte(rows, "I01"), v => Assert.Null(v.Assurance));
    }

    [Fact]
    public void The_plan_in_force_is_the_judged_quarters_at_its_published_precision()
    {
        var plans = new Dictionary<(string, Quarter), double> { [("U00001", new Quarter(2024, 4))] = 1.004 };

        Assert.Equal(1.0, Judgements.PlanInForce(plans.ToDictionary(p => p.Key.Item2, p => p.Value), new Month(2025, 3)));
        Assert.Null(Judgements.PlanInForce(plans.ToDictionary(p => p.Key.Item2, p => p.Value), new Month(2025, 4)));
    }

    [Fact]
    public void The_dashboard_shows_months_before_the_service_began_as_such_not_as_zeros()
    {
        var rows = Run(Partials(i => i < 6 ? 0 : 1.8, new DateOnly(2024, 10, 1)), PlanEveryQuarter(1.7));
        var pcn = rows.Where(r => r.Area.Code == "U00001").ToList();

        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer)) { new SpReporting.Dashboard.AreaDocument(pcn[0].Area, pcn).Write(json, SpReporting.Spc.SpcOptions.Default); }
        var wte = System.Text.Json.JsonDocument.Parse(buffer.ToArray()).RootElement.GetProperty("spc").GetProperty(MetricIds.Wte);

        Assert.Equal(6, wte.GetProperty("before").GetInt32());
        Assert.Equal("Before the service began", wte.GetProperty("beforeLabel").GetString());
        Assert.All(wte.GetProperty("var").EnumerateArray().Take(6), v => Assert.Equal(System.Text.Json.JsonValueKind.Null, v.ValueKind));
        Assert.Equal("consistent_pass", wte.GetProperty("assurance").GetString());
        Assert.Equal(1.7, wte.GetProperty("target").GetDouble());
        Assert.Equal("2024-Q4", wte.GetProperty("targetPeriod").GetString());
    }

    [Fact]
    public void The_pack_says_before_the_service_began_instead_of_a_judgement()
    {
        var rows = Run(Partials(i => i < 6 ? 0 : 1.8, new DateOnly(2024, 10, 1)));
        var monthly = rows.Where(r => r.Area.Code == "U00001" && r.Window == Window.Month).OrderBy(r => r.End).ToList();
        var path = Path.Combine(Path.GetTempPath(), "spr-before-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var file = File.Create(path)) { SpReporting.Packs.PackWriter.Write(Packs.CraftedRows.Input(_ => [], monthly), file); }
            var sheet = Packs.PackTableReader.Read(path, "Monthly_series");
            var column = $"{MetricCatalog.Get(MetricIds.Wte).Title}: SPC variation";

            Assert.All(sheet.Take(6), r => Assert.Equal("Before the service began", r[column].Text));
            Assert.All(sheet.Skip(6), r => Assert.Equal("Common cause variation", r[column].Text));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
