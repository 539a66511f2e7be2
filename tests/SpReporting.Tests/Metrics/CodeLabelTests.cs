using System.Text.RegularExpressions;
using SpReporting.Metrics;

namespace SpReporting.Tests.Metrics;

/// <summary>No reader meets a raw code: every metric title and definition is in plain English (docs/packs.md, "Codes").</summary>
public partial class CodeLabelTests
{
    [Fact]
    public void No_title_or_definition_shows_a_code()
    {
        var leaks = MetricCatalog.All.SelectMany(d => new[] { d.Title, d.Definition })
            .Where(t => RawCode().IsMatch(t)).ToList();

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Theory]
    [InlineData("ref_reason_LTC_SELF_MANAGEMENT_pct", "Reason: Long-term condition self-management")]
    [InlineData("ref_reason_MONEY_DEBT_BENEFITS_pct", "Reason: Money, debt and benefits")]
    [InlineData("ref_by_imd_q1", "Referrals: IMD quintile Quintile 1 (most deprived)")]
    public void Codes_read_as_words(string id, string title) => Assert.Equal(title, MetricCatalog.Get(id).Title);

    // An upper-case code with an underscore (IN_POST), or a code lower-cased into words ("ltc self management").
    [GeneratedRegex(@"\b[A-Z0-9]+_[A-Z0-9_]+\b|\b[Ll]tc\b|\b[Mm]oney debt\b|\bimd quintile\b")]
    private static partial Regex RawCode();
}

/// <summary>Receipts name the codes a field takes with their words, from the same table.</summary>
public class CodeListDescriptionTests
{
    [Fact]
    public void A_receipt_lists_codes_with_their_words() =>
        Assert.Equal("one of IN_POST (In post), VACANT (Vacant), LEFT (Left)", SpReporting.Returns.CodeLists.PostStatus.Describe());
}
