using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Publishing;
using SpReporting.Statistics;

namespace SpReporting.Tests.Publishing;

public class DisclosureTests
{
    [Theory]
    [InlineData(0, Level.Icb, "0")]
    [InlineData(1, Level.Icb, "[c]")]
    [InlineData(7, Level.Pcn, "[c]")]
    [InlineData(8, Level.Pcn, "10")]
    [InlineData(12, Level.Region, "10")]
    [InlineData(13, Level.Region, "15")]
    [InlineData(5, Level.England, "5")]
    [InlineData(3, Level.England, "3")]
    [InlineData(1234, Level.England, "1234")]
    public void People_counts_are_redacted_then_rounded_below_england(double n, Level level, string expected) =>
        Assert.Equal(expected, Disclosure.Count(n, level));

    [Fact]
    public void No_published_sub_national_count_is_between_1_and_7()
    {
        for (var n = 0; n < 200; n++)
        {
            foreach (var level in new[] { Level.Pcn, Level.Icb, Level.Region })
            {
                var text = Disclosure.Count(n, level);
                if (text == Shorthand.Confidential) { continue; }
                var shown = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                Assert.False(shown is >= 1 and <= 7, $"{n} at {level} published as {text}");
                Assert.Equal(0, shown % 5);
            }
        }
    }

    [Fact]
    public void A_percentage_on_a_small_numerator_is_withheld_below_england_only()
    {
        var v = new MetricValue(MetricIds.WiderDeterminantsPct, 3.0, 3, 100, 1, 8) { People = 100 };
        Assert.True(Disclosure.Apply(v, Level.Pcn).Suppressed);
        var england = Disclosure.Apply(v, Level.England);
        Assert.False(england.Suppressed);
        Assert.Equal("3", england.Text);
    }

    [Fact]
    public void Withheld_values_carry_no_numerator_denominator_interval_or_judgement()
    {
        var v = new MetricValue(MetricIds.Contact14dPct, 50, 3, 6, 20, 80) { People = 6, ComparedToEngland = "worse", Variation = "concern" };
        var p = Disclosure.Apply(v, Level.Icb);
        Assert.Equal(Shorthand.Confidential, p.Note);
        Assert.All(new[] { p.Text, p.Numerator, p.Denominator, p.Lower, p.Upper, p.ComparedToEngland, p.Variation }, s => Assert.Equal("", s));
    }

    [Fact]
    public void A_rate_on_a_suppressed_count_is_suppressed()
    {
        var v = new MetricValue(MetricIds.RatePer1k, 0.4, 5, 150_000, 0.1, 0.9) { People = 5 };
        Assert.True(Disclosure.Apply(v, Level.Pcn).Suppressed);
    }

    [Fact]
    public void A_people_percentage_and_its_interval_are_computed_from_its_published_counts()
    {
        var v = new MetricValue(MetricIds.NonGpPct, 100.0 * 23 / 61, 23, 61, 26, 50) { People = 61 };
        var p = Disclosure.Apply(v, Level.Pcn);
        Assert.Equal("25", p.Numerator);
        Assert.Equal("60", p.Denominator);
        var fromPublished = Wilson.Score(25, 60)!;
        Assert.Equal(Disclosure.Format(100.0 * 25 / 60, 1), p.Text);
        Assert.Equal(Disclosure.Format(100 * fromPublished.Lower, 1), p.Lower);
        Assert.Equal(Disclosure.Format(100 * fromPublished.Upper, 1), p.Upper);
        Assert.NotEqual(Disclosure.Format(100.0 * 23 / 61, 1), p.Text);
    }

    [Fact]
    public void A_rate_is_computed_from_its_published_count_so_the_population_gives_back_only_that()
    {
        // 22 referrals in a month from 10,000 patients: 26.4 per 1,000 a year.
        var scale = 12_000.0 / 10_000;
        var v = new MetricValue(MetricIds.RatePer1k, 22 * scale, 22, 10_000, 20 * scale, 30 * scale) { People = 22 };
        var p = Disclosure.Apply(v, Level.Pcn);
        Assert.Equal("20", p.Numerator);
        Assert.Equal(20.0, double.Parse(p.Text, CultureInfo.InvariantCulture) / scale, 6);
        var ci = RateInterval.ForCount(20);
        Assert.Equal(Disclosure.Format(ci.Lower * scale, 2), p.Lower);
    }

    [Fact]
    public void The_n_beside_a_mean_or_median_is_rounded_and_its_sum_is_not_shown()
    {
        var mean = Disclosure.Apply(new MetricValue(MetricIds.ConnectionsMean, 2.5, 2.5 * 907, 907, 2.4, 2.6) { People = 907 }, Level.Icb);
        Assert.Equal("2.5", mean.Text);
        Assert.Equal("905", mean.Denominator);
        Assert.Equal("", mean.Numerator);
        var median = Disclosure.Apply(new MetricValue(MetricIds.WaitMedianDays, 9, null, 23) { People = 23 }, Level.Pcn);
        Assert.Equal("25", median.Denominator);
        Assert.True(Disclosure.Apply(new MetricValue(MetricIds.ConnectionsMean, 2.5, 12.5, 5) { People = 5 }, Level.Pcn).Suppressed);
    }

    [Fact]
    public void Open_caseload_is_a_count_of_people()
    {
        var v = new MetricValue(MetricIds.CaseloadPerWte, 123.0 / 2, 123, 2);
        var p = Disclosure.Apply(v, Level.Pcn);
        Assert.Equal("125", p.Numerator);
        Assert.Equal("62.5", p.Text);
        Assert.True(Disclosure.Apply(new MetricValue(MetricIds.CaseloadPerWte, 3.0, 6, 2), Level.Pcn).Suppressed);
        Assert.Equal("123", Disclosure.Apply(v, Level.England).Numerator);
    }

    [Fact]
    public void A_value_withheld_to_protect_another_is_confidential()
    {
        var v = new MetricValue(MetricIds.Closures, 400) { People = 400, Withheld = true };
        Assert.Equal(Shorthand.Confidential, Disclosure.Apply(v, Level.Icb).Note);
    }

    [Fact]
    public void Staff_counts_are_published_as_they_are()
    {
        Assert.Equal("3", Disclosure.Apply(new MetricValue(MetricIds.Headcount, 3), Level.Pcn).Text);
        Assert.Equal("0.99", Disclosure.Apply(new MetricValue(MetricIds.Wte, 0.986667), Level.Pcn).Text);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Link_worker_wellbeing_needs_three_respondents_even_for_england(double n, bool withheld) =>
        Assert.Equal(withheld, Disclosure.Apply(new MetricValue(MetricIds.StaffWellbeingMean, 7, 7 * n, n) { People = n }, Level.England).Suppressed);

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Survey_results_need_five_respondents(double n, bool withheld)
    {
        Assert.Equal(withheld, Disclosure.Apply(new MetricValue(MetricIds.Coherence, 3.9, 3.9 * n, n) { People = n }, Level.England).Suppressed);
        Assert.Equal(withheld, Disclosure.Apply(new MetricValue(MetricIds.Stage, null, Label: "EMBEDDED") { People = n }, Level.England).Suppressed);
    }

    [Fact]
    public void Missing_data_is_marked_not_available()
    {
        Assert.Equal(Shorthand.NotAvailable, Disclosure.Apply(new MetricValue(MetricIds.WaitMedianDays, null), Level.Icb).Note);
    }
}
