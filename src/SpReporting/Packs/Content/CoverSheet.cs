using SpReporting.Aggregation;
using SpReporting.Packs.Model;
using SpReporting.Periods;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>
/// The Cover: what the pack is for and how to read it (SPC, benchmarks, "too early to judge", maturity,
/// disclosure and shorthand), with the contact and next update. Text in column A only, no table.
/// </summary>
internal static class CoverSheet
{
    public const string Name = "Cover";

    public static PackSheet Build(PackContext c)
    {
        var input = c.Input;
        var scope = input.Scope.Level == Level.England
            ? "England, its regions, integrated care boards (ICBs) and primary care networks (PCNs)"
            : $"{input.Scope.Name} ({input.Scope.Code}) and its primary care networks (PCNs)";
        var lines = new List<PackLine>();
        if (input.Synthetic) { lines.AddRange([new(SyntheticData.Heading, LineKind.Heading), SyntheticData.Notice]); }
        lines.AddRange(
        [
            new("About this pack", LineKind.Heading),
            $"Social prescribing link workers in {scope}, to {PackWords.Of(input.Period)}.",
            "This pack is for NHS England reviewers deciding whether link workers warrant continued funding. It sets out the workforce, referrals, outcomes (social as well as health), implementation maturity, equity, data quality and the ICBs' own narratives, each judged with its maturity and statistical confidence.",
            "It is built only from published figures, after disclosure control. The Contents worksheet links to every worksheet; each worksheet has one table, with its notes on the Notes worksheet and every measure defined on the Definitions worksheet.",
            new("Period", LineKind.Heading),
            $"Latest complete month: {PackWords.Of(input.Period)}. Tables show that month, the financial quarter to date ({input.Period.Quarter.Label()}), the financial year to date and the rolling 12 months ending then; the Monthly_series worksheet shows every month.",
            new("How to read SPC results", LineKind.Heading),
            "Statistical process control (SPC) asks whether a change is more than the month-to-month noise of the service, as NHS Making Data Count charts do. Common cause variation means nothing unusual has happened. Special cause improvement or concern means the latest month is unusual in a good or bad direction; special cause neutral is used where neither direction is better.",
            "Assurance says whether WTE will meet the ICB's plan as the process stands: consistently passing, consistently failing, or hit and miss. Every judgement is written in words; no meaning is carried by colour.",
            new("How to read benchmark results", LineKind.Heading),
            "Each area is compared with England using 95% confidence intervals: better or worse where the interval lies wholly on one side of England's value, similar where it includes it. Measures where neither direction is better, suppressed values and figures on fewer than 10 people are not compared. Similar does not mean the same, and a small area can be similar simply because it has few people.",
            new("Too early to judge", LineKind.Heading),
            "A judgement is marked too early to judge where the service has run for under 24 months or has fewer than 12 monthly points. Link workers take time to become a normal part of practice (normalisation process theory: coherence, cognitive participation, collective action and reflexive monitoring), and SPC needs 12 points for steady limits. A young service's results can change a great deal, so they should not decide funding on their own.",
            new("Maturity", LineKind.Heading),
            "Maturity is the months since the first link worker started in the PCN; for an ICB, region or England it is the median over its PCNs. It is shown beside every judgement, with the implementation stage on the Implementation worksheet.",
            new("Disclosure control", LineKind.Heading),
            "No person can be singled out from this pack. Below England level, counts of people are rounded to the nearest 5 and counts of 1 to 7 are withheld; any percentage, mean or median resting on 1 to 7 people is withheld too. England counts are shown unrounded. Totals are worked out before rounding, so rounded figures need not add up.",
            new("Shorthand", LineKind.Heading),
        ]);
        lines.AddRange(Shorthand.Legend.Select(s => new PackLine($"{s.Code} {s.Meaning}")));
        lines.AddRange(
        [
            new("Published", LineKind.Heading),
            PackWords.Of(input.Published),
            new("Next update", LineKind.Heading),
            PackWords.Of(input.NextUpdate),
            new("Contact", LineKind.Heading),
            string.IsNullOrWhiteSpace(input.Contact) ? Shorthand.NotAvailable : input.Contact,
        ]);
        return new PackSheet(Name, "What this pack is for, how to read it, shorthand, contact and next update.", input.Title, lines, null);
    }
}
