using SpReporting.Spc;
using SpReporting.Statistics;
using static SpReporting.Tests.Spc.SpcSeries;

namespace SpReporting.Tests.Spc;

public class XmRJudgementTests
{
    [Theory]
    [InlineData(17, Polarity.Higher, Variation.Improvement)]
    [InlineData(17, Polarity.Lower, Variation.Concern)]
    [InlineData(17, Polarity.Neutral, Variation.NeutralHigh)]
    [InlineData(5, Polarity.Higher, Variation.Concern)]
    [InlineData(5, Polarity.Lower, Variation.Improvement)]
    [InlineData(5, Polarity.Neutral, Variation.NeutralLow)]
    [InlineData(11.5, Polarity.Higher, Variation.CommonCause)]
    [InlineData(11.5, Polarity.Neutral, Variation.CommonCause)]
    public void Variation_by_polarity(double last, Polarity polarity, Variation expected) =>
        Assert.Equal(expected, After([last], polarity).Variation);

    [Fact]
    public void A_falling_trend_is_improvement_when_lower_is_better() =>
        Assert.Equal(Variation.Improvement, After([14, 13, 12, 11.5, 10, 9, 8], Polarity.Lower).Variation);

    // Limits of the baseline: 5.68 and 16.32.
    [Theory]
    [InlineData(Polarity.Higher, 5.0, Assurance.ConsistentPass)]  // target below the lower limit
    [InlineData(Polarity.Higher, 17.0, Assurance.ConsistentFail)] // target above the upper limit
    [InlineData(Polarity.Higher, 11.0, Assurance.HitAndMiss)]
    [InlineData(Polarity.Lower, 17.0, Assurance.ConsistentPass)]
    [InlineData(Polarity.Lower, 5.0, Assurance.ConsistentFail)]
    [InlineData(Polarity.Lower, 11.0, Assurance.HitAndMiss)]
    [InlineData(Polarity.Neutral, 5.0, Assurance.None)]
    [InlineData(Polarity.Neutral, 17.0, Assurance.None)]
    public void Assurance_against_the_limits(Polarity polarity, double target, Assurance expected) =>
        Assert.Equal(expected, XmR.Analyse(Baseline(), polarity, Fixed, target).Assurance);

    [Fact]
    public void A_target_exactly_on_a_limit_is_hit_and_miss()
    {
        Assert.Equal(Assurance.HitAndMiss, XmR.Analyse(Baseline(), Polarity.Higher, Fixed, Limits.Lower).Assurance);
        Assert.Equal(Assurance.HitAndMiss, XmR.Analyse(Baseline(), Polarity.Higher, Fixed, Limits.Upper).Assurance);
        Assert.Equal(Assurance.ConsistentPass, XmR.Analyse(Baseline(), Polarity.Higher, Fixed, Math.BitDecrement(Limits.Lower)).Assurance);
    }

    [Fact]
    public void No_target_no_assurance()
    {
        var result = XmR.Analyse(Baseline(), Polarity.Higher, Fixed);
        Assert.Equal(Assurance.None, result.Assurance);
        Assert.Null(result.Target);
    }

    [Theory]
    [InlineData(Variation.CommonCause, "common_cause")]
    [InlineData(Variation.Improvement, "improvement")]
    [InlineData(Variation.Concern, "concern")]
    [InlineData(Variation.NeutralHigh, "neutral_high")]
    [InlineData(Variation.NeutralLow, "neutral_low")]
    public void Variation_codes_round_trip(Variation variation, string code)
    {
        Assert.Equal(code, variation.ToCode());
        Assert.Equal(variation, VariationCodes.Parse(code));
    }

    [Theory]
    [InlineData(Assurance.ConsistentPass, "consistent_pass")]
    [InlineData(Assurance.ConsistentFail, "consistent_fail")]
    [InlineData(Assurance.HitAndMiss, "hit_and_miss")]
    [InlineData(Assurance.None, "")]
    public void Assurance_codes(Assurance assurance, string code) => Assert.Equal(code, assurance.ToCode());

    [Theory]
    [InlineData(Variation.CommonCause, Polarity.Higher, "Common cause variation", SpcColours.CommonCause)]
    [InlineData(Variation.Improvement, Polarity.Higher, "Special cause improvement (high)", SpcColours.Improvement)]
    [InlineData(Variation.Improvement, Polarity.Lower, "Special cause improvement (low)", SpcColours.Improvement)]
    [InlineData(Variation.Concern, Polarity.Higher, "Special cause concern (low)", SpcColours.Concern)]
    [InlineData(Variation.Concern, Polarity.Lower, "Special cause concern (high)", SpcColours.Concern)]
    [InlineData(Variation.NeutralHigh, Polarity.Neutral, "Special cause neutral (high)", SpcColours.Neutral)]
    [InlineData(Variation.NeutralLow, Polarity.Neutral, "Special cause neutral (low)", SpcColours.Neutral)]
    public void Every_variation_has_a_label_as_well_as_a_colour(Variation variation, Polarity polarity, string label, string colour)
    {
        Assert.Equal(label, variation.Label(polarity));
        Assert.Equal(colour, SpcColours.For(variation));
    }

    [Theory]
    [InlineData(Assurance.ConsistentPass, "Consistently passing the target", SpcColours.Improvement)]
    [InlineData(Assurance.ConsistentFail, "Consistently failing the target", SpcColours.Concern)]
    [InlineData(Assurance.HitAndMiss, "Hit and miss: the target may or may not be met", SpcColours.CommonCause)]
    public void Every_assurance_has_a_label_as_well_as_a_colour(Assurance assurance, string label, string colour)
    {
        Assert.Equal(label, assurance.Label());
        Assert.Equal(colour, SpcColours.For(assurance));
    }

    [Fact]
    public void Colours_are_the_making_data_count_palette()
    {
        Assert.Equal(
            ["#a6a6a6", "#00b0f0", "#e46c0a", "#490092", "#de1b1b"],
            [SpcColours.CommonCause, SpcColours.Improvement, SpcColours.Concern, SpcColours.Neutral, SpcColours.Target]);
    }

    [Fact]
    public void The_result_carries_its_labels()
    {
        var result = After([17], Polarity.Lower, target: 20);
        Assert.Equal("Special cause concern (high)", result.VariationLabel);
        Assert.Equal("Consistently passing the target", result.AssuranceLabel);
    }
}
