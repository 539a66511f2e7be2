using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Reference;
using SpReporting.Sampling;
using SpReporting.Tests.Support;

namespace SpReporting.Tests.EndToEnd;

/// <summary>
/// Every PCN in England, 24 months: England totals in metrics.csv equal totals counted straight from
/// the current returns' records, through sampling, validation, partials, merging, and publication.
/// </summary>
[Trait("Category", "National")]
public class NationalSampleTests
{
    [Fact]
    public void England_totals_in_metrics_csv_equal_totals_from_the_sampled_records()
    {
        var to = new Month(2026, 9);
        var from = to.AddMonths(-23);
        var received = new Dictionary<Month, int>();
        var closures = new Dictionary<Month, int>();
        var wte = new Dictionary<Month, double>();
        var returns = new Dictionary<Month, int>();
        var (partials, plans, _) = SampledPipeline.Run(
            new SampleOptions { From = from, Months = 24, XlsxShare = 0, Seed = 7, Now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) },
            r =>
            {
                returns[r.Period] = returns.GetValueOrDefault(r.Period) + 1;
                received[r.Period] = received.GetValueOrDefault(r.Period) + r.Referrals.Count(x => r.Period.Contains(x.ReferralDate));
                closures[r.Period] = closures.GetValueOrDefault(r.Period) + r.Referrals.Count(x => x.Status == "CLOSED" && x.ClosedDate is { } c && r.Period.Contains(c));
                wte[r.Period] = wte.GetValueOrDefault(r.Period) + r.Posts.Where(p => p.Status == "IN_POST").Sum(p => p.Wte);
            });
        Assert.True(partials.Count > 1_200 * 24 * 0.9, $"only {partials.Count} PCN-months");

        var csv = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(csv))
            using (var writer = new MetricsCsvWriter(file))
            {
                foreach (var row in Aggregator.Rows(new AggregationInput(OrganisationRegistry.Default, partials, plans, from, to)))
                {
                    if (row.Area.Level != Level.Pcn || row.Area.Code.EndsWith('0')) { writer.Write(row); } // a tenth of PCNs keeps the file small
                }
            }
            var england = File.ReadLines(csv).Skip(1).Where(l => l.StartsWith("ENGLAND,", StringComparison.Ordinal) && l.Contains(",month,", StringComparison.Ordinal))
                .Select(l => l.Split(',')).ToDictionary(f => (f[4], f[6]), f => f[7]);
            for (var m = from; m <= to; m = m.AddMonths(1))
            {
                var p = m.ToString();
                Assert.Equal(received[m].ToString(CultureInfo.InvariantCulture), england[(p, "ref_received")]);
                Assert.Equal(closures[m].ToString(CultureInfo.InvariantCulture), england[(p, "out_closures")]);
                Assert.Equal(returns[m].ToString(CultureInfo.InvariantCulture), england[(p, "dq_returns_received")]);
                Assert.Equal(Disclosure.Format(wte[m], 2), england[(p, "wf_wte")]);
            }
            // Below England no published people count is 1 to 7.
            foreach (var line in File.ReadLines(csv).Skip(1).Where(l => !l.StartsWith("ENGLAND,", StringComparison.Ordinal)))
            {
                var f = line.Split(',');
                if (f[6] is "ref_received" or "out_closures" or "impl_respondents" && f[7].Length > 0)
                {
                    var n = int.Parse(f[7], CultureInfo.InvariantCulture);
                    Assert.False(n is >= 1 and <= 7, line);
                    Assert.Equal(0, n % 5);
                }
            }
        }
        finally
        {
            File.Delete(csv);
        }
    }

    /// <summary>Every SPC point of every area in England, as metrics.csv and the dashboard's files show it: no disagreement.</summary>
    [Fact]
    public void Every_SPC_point_of_the_national_sample_agrees_between_metrics_csv_and_the_dashboard()
    {
        var to = new Month(2026, 9);
        var from = to.AddMonths(-23);
        var (partials, plans, _) = SampledPipeline.Run(
            new SampleOptions { From = from, Months = 24, XlsxShare = 0, Seed = 7, Now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) }, _ => { });
        var agreement = new JudgementAgreement();

        agreement.CompareAll(Aggregator.Rows(new AggregationInput(OrganisationRegistry.Default, partials, plans, from, to)));

        Assert.True(agreement.Compared > 200_000, $"only {agreement.Compared} points compared");
        Assert.True(agreement.Disagreements.Count == 0, $"{agreement.Disagreements.Count} disagreements, e.g.\n{string.Join("\n", agreement.Disagreements.Take(10))}");
    }
}
