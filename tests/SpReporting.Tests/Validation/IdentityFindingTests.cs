using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

public class IdentityFindingTests
{
    [Theory]
    [InlineData("pcn/U99999/2024-03/r.zip", "SUB001")] // not in the reference list
    [InlineData("pcn/U00070/2019-06/r.zip", "SUB002")] // before PCNs began
    [InlineData("pcn/U00070/2024-05/r.zip", "SUB002")] // in the future on 5 April 2024
    public void Path_identity_errors(string path, string code)
    {
        var o = Validate.Zip(ReturnBuilder.Valid(), path);
        Assert.Contains(o.Findings.Shown, f => f.Code == code);
        Assert.False(o.Accepted);
    }

    [Fact]
    public void A_closed_pcn_has_no_return_expected_after_it_closed()
    {
        var closed = SpReporting.Reference.OrganisationRegistry.Default.Pcns.First(p => p.CloseDate is not null);
        var period = closed.CloseDate!.Value.AddMonths(2);
        var month = $"{period.Year:0000}-{period.Month:00}";
        var b = ReturnBuilder.Valid().Field("pcn_code", closed.PcnCode).Field("period", month);
        var o = Validate.Zip(b, $"pcn/{closed.PcnCode}/{month}/r.zip", received: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Contains(o.Findings.Shown, f => f.Code == "SUB001" && f.Message.Contains("not open", StringComparison.Ordinal));
    }

    [Fact]
    public void A_locked_period_is_refused_with_SUB005()
    {
        var o = Validate.Zip(ReturnBuilder.Valid(), configure: c => c with { LockedPeriods = new HashSet<string> { "pcn/2024-03" } });
        Assert.Contains(o.Findings.Shown, f => f.Code == "SUB005");
        Assert.False(o.Accepted);
    }

    [Fact]
    public void A_return_after_the_15th_of_the_next_month_is_accepted_and_late()
    {
        var onTime = Validate.Zip(ReturnBuilder.Valid(), received: new DateTimeOffset(2024, 4, 15, 23, 0, 0, TimeSpan.Zero));
        var late = Validate.Zip(ReturnBuilder.Valid(), received: new DateTimeOffset(2024, 4, 16, 9, 0, 0, TimeSpan.Zero));
        Assert.False(onTime.Late);
        Assert.DoesNotContain(onTime.Findings.Shown, f => f.Code == "SUB006");
        Assert.True(late.Late);
        Assert.True(late.Accepted);
        Assert.Equal(Severity.Warning, late.Findings.Shown.Single(f => f.Code == "SUB006").Severity);
    }

    [Fact]
    public void The_due_day_is_configurable()
    {
        var o = Validate.Zip(ReturnBuilder.Valid(), received: new DateTimeOffset(2024, 4, 12, 9, 0, 0, TimeSpan.Zero), configure: c => c with { DueDay = 10 });
        Assert.True(o.Late);
    }
}
