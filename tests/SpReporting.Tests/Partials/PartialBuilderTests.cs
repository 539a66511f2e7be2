using SpReporting.Partials;
using SpReporting.Tests.Support;
using C = SpReporting.Partials.Components;

namespace SpReporting.Tests.Partials;

/// <summary>The components of the test return, worked out by hand from <see cref="ReturnBuilder.Valid"/>.</summary>
public class PartialBuilderTests
{
    private static readonly Partial P = PartialBuilder.Build(Validate.Zip(ReturnBuilder.Valid()).PcnReturn!);

    [Theory]
    [InlineData(C.Headcount, 2)]
    [InlineData(C.Wte, 1.986667)]
    [InlineData(C.WteArrs, 1.986667)]
    [InlineData(C.VacantWte, 0.6)]
    [InlineData(C.Leavers, 1)]
    [InlineData(C.Caseload, 75)]
    [InlineData(C.Supervised, 2)]
    [InlineData(C.NonSpHours, 5)]
    [InlineData(C.NonSpWte, 0.986667)]
    [InlineData(C.WellbeingN, 2)]
    [InlineData(C.WellbeingSum, 15)]
    [InlineData(C.Received, 3)] // R-0002 was received in January: a closure only
    [InlineData(C.NonGp, 2)]
    [InlineData(C.Wider, 2)] // HOUSING and FOOD
    [InlineData("ref.reason.LONELINESS", 1)]
    [InlineData("ref.reason.MONEY_DEBT_BENEFITS", 0)]
    [InlineData(C.ImdKnown, 2)]
    [InlineData(C.ImdQ1, 0)]
    [InlineData("ref.imdq.2", 1)]
    [InlineData("ref.imdq.5", 1)]
    [InlineData(C.WaitN, 2)] // R-0002's contact was in January, counted in January's return
    [InlineData("ref.wait.004", 1)]
    [InlineData("ref.wait.000", 1)]
    [InlineData(C.Contact14, 2)]
    [InlineData(C.ClosedRows, 3)]
    [InlineData(C.Closures, 2)]
    [InlineData(C.DeclinedDne, 1)]
    [InlineData(C.ConnectionsSum, 4)]
    [InlineData(C.Paired, 2)]
    [InlineData(C.Improved, 2)]
    [InlineData("out.tool.MYCAW.sum", 2)] // 5 -> 3 on a lower-is-better tool is +2
    [InlineData("out.tool.ONS4_LS.sum", 3)]
    [InlineData(C.SocialOutcome, 2)]
    [InlineData(C.WiderClosed, 1)]
    [InlineData(C.WiderRecorded, 1)]
    [InlineData(C.Respondents, 1)]
    [InlineData(C.NormalNowSum, 7)]
    [InlineData("impl.coherence.sum", 4)]
    public void Components_match_the_hand_worked_values(string component, double expected) =>
        Assert.Equal(expected, P[component], 9);

    [Fact]
    public void Cognitive_participation_mean_excludes_not_relevant_items() =>
        Assert.Equal(11.0 / 3, P["impl.cognitive_participation.sum"], 9);

    [Fact]
    public void The_first_splw_start_is_the_earliest_start_of_any_post_that_was_filled() =>
        Assert.Equal(new DateOnly(2020, 1, 6), P.FirstSplwStart);

    [Fact]
    public void A_contact_after_the_received_month_is_counted_in_the_closing_return()
    {
        var b = ReturnBuilder.Valid().Set("Referrals", 2, "first_contact_date", "2024-02-20"); // received 10 Jan, closed 20 Mar
        var p = PartialBuilder.Build(Validate.Zip(b).PcnReturn!);
        Assert.Equal(3, p[C.WaitN]);
        Assert.Equal(1, p[C.WaitDays(41)]);
    }
}
