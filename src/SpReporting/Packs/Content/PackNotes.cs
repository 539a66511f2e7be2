namespace SpReporting.Packs.Content;

/// <summary>
/// The notes a pack can refer to, by key. Each pack numbers the ones it uses in order of first use, so every
/// <c>[note n]</c> shown is defined on the Notes sheet and every note defined there is used.
/// </summary>
internal static class PackNotes
{
    public const string Disclosure = "disclosure";
    public const string Intervals = "intervals";
    public const string Benchmark = "benchmark";
    public const string Spc = "spc";
    public const string Assurance = "assurance";
    public const string Maturity = "maturity";
    public const string TooEarly = "too_early";
    public const string Windows = "windows";
    public const string Hierarchy = "hierarchy";
    public const string Plan = "plan";
    public const string ArrsShare = "arrs_share";
    public const string StaffWellbeing = "staff_wellbeing";
    public const string WellbeingTools = "wellbeing_tools";
    public const string Survey = "survey";
    public const string Returns = "returns";
    public const string Narratives = "narratives";
    public const string HealthServiceUse = "health_service_use";

    public static IReadOnlyDictionary<string, string> Text { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Disclosure] = "Counts of people below England level are rounded to the nearest 5, and counts of 1 to 7 are shown as [c] (suppressed first, then rounded, so a 5 never stands for 6 or 7). A percentage, mean or median resting on 1 to 7 people is also [c]. England counts are shown unrounded. Staff figures (posts, WTE) are shown as they are.",
        [Intervals] = "95% confidence limits: Wilson score intervals for percentages, Byar's method (exact for fewer than 10) for rates, and t-intervals for means. [z] where a measure has no interval; [x] where there were too few values to work one out.",
        [Benchmark] = "Compared with England as OHID Fingertips does: better or worse where the 95% interval lies wholly on one side of England's value (which side is better follows whether higher is better), similar where it includes it. Measures where neither direction is better, suppressed values and figures resting on fewer than 10 people are not compared.",
        [Spc] = "Statistical process control as NHS Making Data Count: an XmR chart of the area's monthly values, with limits at the mean plus or minus 2.66 times the mean moving range. Special cause is a point outside the limits, 7 points in a row rising or falling, 2 of 3 points beyond two-thirds of the way to a limit, or 7 points in a row on one side of the mean. Improvement or concern follows whether higher is better; neutral where neither is. The judgement shown is the latest month's. With fewer than 12 points the limits are trial limits.",
        [Assurance] = "Assurance compares the process limits of link worker WTE with the WTE the ICB planned for the quarter: consistently passing, consistently failing, or hit and miss (the target lies within the limits). Only WTE has a target; [z] for other measures.",
        [Maturity] = "Months from the first link worker's start in the PCN to the end of the period. For an ICB, region or England, the median over its PCNs.",
        [TooEarly] = "Yes where the service is under 24 months old or fewer than 12 monthly points exist. Practices take time to make link workers a normal part of their work, and SPC needs at least 12 points for steady limits, so a judgement marked Yes should not decide funding on its own.",
        [Windows] = "Month: the calendar month. Quarter: the financial quarter (April start) up to the end of the period. Financial year to date: April to the end of the period. Rolling 12 months: the 12 months ending with the period. Counts of events add up over the window; positions such as posts and WTE are at the end of its last month.",
        [Hierarchy] = "Areas follow today's hierarchy: each PCN is counted in its current ICB and region for every period.",
        [Plan] = "WTE in post at quarter end as a percentage of the WTE the ICB planned for the quarter in its quarterly return. [x] where no plan was returned or the period does not end a quarter.",
        [ArrsShare] = "ARRS-funded WTE as a percentage of all WTE in post, worked out from the published figures in this table.",
        [StaffWellbeing] = "Link workers' rating of their own wellbeing from 0 to 10, shown only where at least 3 link workers answered.",
        [WellbeingTools] = "Mean change from baseline to follow-up on each wellbeing tool, positive = better (the sign of MYCAW is flipped because lower MYCAW scores are better), with 95% t-intervals. A meaningful improvement is at least 3 points on SWEMWBS or WEMWBS and 1 point on ONS4 life satisfaction or MYCAW.",
        [Survey] = "From the NoMAD implementation survey in the quarter; results need at least 5 respondents. The stage is the first construct, in the order coherence, cognitive participation, collective action, reflexive monitoring, whose mean is below 3.5; EMBEDDED if none is.",
        [Returns] = "A PCN's monthly return is due by the 15th of the following month. Late: the current accepted version arrived after the due date. Missing: no accepted return from a PCN open in the month. Counts cover the 12 months ending with the period.",
        [HealthServiceUse] = "GP consultations and A&E attendances in the six months after a referral closed, compared with the six months before it was received, for people whose practice could count them (schema version 2 returns). " + Metrics.HealthServiceUse.Caveat + " Coverage is the share of referrals closed six months earlier that were counted; where it is under 50% the measures are marked not enough measured to judge, and otherwise the too-early-to-judge rule applies as for every measure.",
        [Narratives] = "Written by each ICB in its quarterly return and shown as written, without editing or checking. It is the ICB's view, not NHS England's.",
    };
}
