using SpReporting.Periods;

namespace SpReporting.Tests.Packs;

public class QuarterLabelTests
{
    [Theory]
    [InlineData(2026, 1, "Q1 2026-27 (Apr–Jun 2026)")]
    [InlineData(2026, 3, "Q3 2026-27 (Oct–Dec 2026)")]
    [InlineData(2026, 4, "Q4 2026-27 (Jan–Mar 2027)")]
    [InlineData(2099, 2, "Q2 2099-00 (Jul–Sep 2099)")]
    public void A_financial_quarter_reads_with_its_year_and_months(int year, int number, string expected) =>
        Assert.Equal(expected, new Quarter(year, number).Label());
}
