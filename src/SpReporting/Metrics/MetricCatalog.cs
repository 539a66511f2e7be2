using SpReporting.Partials;
using SpReporting.Returns;
using SpReporting.Statistics;
using G = SpReporting.Metrics.MetricGroup;
using K = SpReporting.Metrics.MetricKind;
using P = SpReporting.Statistics.Polarity;

namespace SpReporting.Metrics;

/// <summary>Every metric of METRICS.md with its title, definition, polarity and kind, in display order.</summary>
public static class MetricCatalog
{
    // Declared first: static fields initialise in order, and the catalogue below reads these.
    internal static readonly (string Dimension, IReadOnlyList<string> Codes)[] Dimensions =
    [
        ("age_band", CodeLists.AgeBand.Codes),
        ("sex", CodeLists.Sex.Codes),
        ("ethnic_group", CodeLists.EthnicGroup.Codes),
        ("imd", ["q1", "q2", "q3", "q4", "q5"]),
    ];

    public static IReadOnlyList<MetricDefinition> All { get; } = Build();

    private static readonly Dictionary<string, MetricDefinition> ById = All.ToDictionary(m => m.Id, StringComparer.Ordinal);

    private static readonly Dictionary<string, int> Positions = All.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    /// <summary>Position in <see cref="All"/>; the calculator emits values in this order, so rows line up by position.</summary>
    public static int IndexOf(string id) => Positions.TryGetValue(id, out var i) ? i : -1;

    public static MetricDefinition Get(string id) => ById[id];

    public static bool TryGet(string id, out MetricDefinition definition) => ById.TryGetValue(id, out definition!);

    private static List<MetricDefinition> Build()
    {
        var list = new List<MetricDefinition>
        {
            new(MetricIds.Headcount, "Link workers in post", "Posts in post at month end.", G.Workforce, K.StaffCount, P.Higher, "posts"),
            new(MetricIds.Wte, "Link worker WTE in post", "Sum of whole-time equivalent of posts in post at month end.", G.Workforce, K.StaffCount, P.Higher, "WTE"),
            new(MetricIds.WteArrs, "ARRS-funded WTE", "WTE in post funded by the Additional Roles Reimbursement Scheme.", G.Workforce, K.StaffCount, P.Neutral, "WTE"),
            new(MetricIds.WtePer10k, "WTE per 10,000 patients", "WTE in post per 10,000 registered patients.", G.Workforce, K.Ratio, P.Higher, "per 10,000"),
            new(MetricIds.VacantWte, "Vacant WTE", "Sum of WTE of vacant posts at month end.", G.Workforce, K.StaffCount, P.Lower, "WTE"),
            new(MetricIds.Leavers, "Leavers", "Posts whose holder left in the window.", G.Workforce, K.StaffCount, P.Lower, "posts"),
            new(MetricIds.Turnover12m, "Turnover (12 months)", "Leavers in the last 12 months as a % of mean month-end headcount over them.", G.Workforce, K.Ratio, P.Lower, "%"),
            new(MetricIds.CaseloadPerWte, "Open caseload per WTE", "People on caseloads at month end per WTE in post.", G.Workforce, K.Ratio, P.Neutral, "people per WTE"),
            new(MetricIds.SupervisedPct, "Link workers supervised", "% of posts in post with at least 1 hour of clinical supervision in the month.", G.Workforce, K.Percent, P.Higher, "%"),
            new(MetricIds.NonSpPct, "Hours diverted from social prescribing", "Hours on non-social-prescribing duties as a % of contracted hours (WTE x 150 a month).", G.Workforce, K.Ratio, P.Lower, "%"),
            new(MetricIds.StaffWellbeingMean, "Link worker wellbeing", "Mean of link workers' own wellbeing rating, 0-10 (at least 3 respondents).", G.Workforce, K.Mean, P.Higher, "0-10"),
            new(MetricIds.VsPlanPct, "WTE against ICB plan", "WTE in post at quarter end as a % of the ICB's planned WTE.", G.Workforce, K.Ratio, P.Higher, "%"),

            new(MetricIds.Received, "Referrals received", "Referrals with a referral date in the window.", G.Referrals, K.PeopleCount, P.Neutral, "referrals"),
            new(MetricIds.RatePer1k, "Referral rate", "Referrals received per 1,000 registered patients a year.", G.Referrals, K.Rate, P.Neutral, "per 1,000 a year"),
            new(MetricIds.NonGpPct, "Referrals not from a GP", "% of referrals from a source other than a GP.", G.Referrals, K.Percent, P.Neutral, "%"),
        };
        foreach (var reason in CodeLists.Reason.Codes)
        {
            list.Add(new(MetricIds.ReasonPct(reason), $"Reason: {CodeLabels.Of(reason)}", $"% of referrals with {CodeLabels.Of(reason).ToLowerInvariant()} among their reasons (a referral can have several).", G.Referrals, K.Percent, P.Neutral, "%"));
        }
        list.AddRange(
        [
            new(MetricIds.WiderDeterminantsPct, "Wider determinants (cost of living)", "% of referrals with at least one of housing, money/debt/benefits, food, fuel or employment.", G.Referrals, K.Percent, P.Neutral, "%"),
            new(MetricIds.WaitMedianDays, "Median wait to first contact", "Median days from referral to first contact.", G.Referrals, K.Median, P.Lower, "days"),
            new(MetricIds.Contact14dPct, "First contact within 14 days", "% of first contacts made within 14 days of referral.", G.Referrals, K.Percent, P.Higher, "%"),
            new(MetricIds.ImdQ1Pct, "Referrals from the most deprived fifth", "% of referrals with known IMD in deciles 1-2.", G.Equity, K.Percent, P.Neutral, "%"),
        ]);
        foreach (var (dimension, codes) in Dimensions)
        {
            foreach (var code in codes)
            {
                list.Add(new(MetricIds.By(dimension, code), $"Referrals: {CodeLabels.Of(dimension)} {CodeLabels.Of(code)}", $"Referrals received, {CodeLabels.Of(dimension)}: {CodeLabels.Of(code)}.", G.Equity, K.PeopleCount, P.Neutral, "referrals"));
            }
        }
        list.AddRange(
        [
            new(MetricIds.Closures, "Referrals closed", "Referrals closed, with a closed date in the window.", G.Outcomes, K.PeopleCount, P.Neutral, "referrals"),
            new(MetricIds.DeclinedDnePct, "Declined or did not engage", "Referrals declined or where the person did not engage, as % of all referrals ending in the window.", G.Outcomes, K.Percent, P.Lower, "%"),
            new(MetricIds.ConnectionsMean, "Onward connections per closure", "Mean onward connections to community activities or services per closed referral.", G.Outcomes, K.Mean, P.Higher, "connections"),
            new(MetricIds.WellbeingPairedPct, "Wellbeing measured before and after", "% of closed referrals with both a baseline and a follow-up wellbeing score.", G.Outcomes, K.Percent, P.Higher, "%"),
        ]);
        foreach (var tool in WellbeingTool.Scored)
        {
            list.Add(new(MetricIds.WellbeingChange(tool.Code), $"Wellbeing change: {CodeLabels.Of(tool.Code)}", $"Mean change from baseline to follow-up on {CodeLabels.Of(tool.Code)}, positive = better{(tool.HigherIsBetter ? "" : " (sign flipped: lower MYCAW scores are better)")}.", G.Outcomes, K.Mean, P.Higher, "points"));
        }
        list.AddRange(
        [
            new(MetricIds.WellbeingImprovedPct, "Wellbeing meaningfully improved", "% of paired closures improving by at least the tool's meaningful change (SWEMWBS 3, WEMWBS 3, ONS4 1, MYCAW 1).", G.Outcomes, K.Percent, P.Higher, "%"),
            new(MetricIds.SocialOutcomePct, "Social outcome achieved", "% of closed referrals with at least one social outcome (housing, debt, benefits, food, fuel, employment, connection).", G.Outcomes, K.Percent, P.Higher, "%"),
            new(MetricIds.MeasurementMatchPct, "Social outcomes recorded where needed", "Of closed referrals with a wider-determinant reason, % with a social outcome recorded (including none achieved).", G.Outcomes, K.Percent, P.Higher, "%"),

            new(MetricIds.GpUseChangeMean, "Change in GP consultations", "Mean change per person in GP-practice consultations, six months after closure minus six months before referral (negative = fewer). " + HealthServiceUse.Caveat, G.Outcomes, K.Mean, P.Lower, "consultations"),
            new(MetricIds.GpUseReducedPct, "Fewer GP consultations after support", "% of people with fewer GP-practice consultations in the six months after closure than in the six months before referral. " + HealthServiceUse.Caveat, G.Outcomes, K.Percent, P.Higher, "%"),
            new(MetricIds.AeUseChangeMean, "Change in A&E attendances", "Mean change per person in A&E attendances known to the practice, six months after minus six months before (people with both counts). " + HealthServiceUse.Caveat, G.Outcomes, K.Mean, P.Lower, "attendances"),
            new(MetricIds.UseCoveragePct, "Health-service use measured", "Utilisation rows reported as % of closed referrals whose six months after closure ended in the window (closures six months earlier): how much of the GP-workload question is measured at all.", G.Outcomes, K.Percent, P.Higher, "%"),

            new(MetricIds.Respondents, "Implementation survey respondents", "NoMAD survey respondents.", G.Implementation, K.PeopleCount, P.Higher, "respondents"),
            new(MetricIds.Coherence, "Coherence", "Mean item score 1-5: do staff understand what link workers are for?", G.Implementation, K.Mean, P.Higher, "1-5"),
            new(MetricIds.CognitiveParticipation, "Cognitive participation", "Mean item score 1-5: are staff engaged with the role?", G.Implementation, K.Mean, P.Higher, "1-5"),
            new(MetricIds.CollectiveAction, "Collective action", "Mean item score 1-5: does the practice work with link workers day to day?", G.Implementation, K.Mean, P.Higher, "1-5"),
            new(MetricIds.ReflexiveMonitoring, "Reflexive monitoring", "Mean item score 1-5: does the practice review and improve how it uses link workers?", G.Implementation, K.Mean, P.Higher, "1-5"),
            new(MetricIds.NormalNow, "A normal part of work now", "Mean answer 0-10 to: is social prescribing currently a normal part of your work?", G.Implementation, K.Mean, P.Higher, "0-10"),
            new(MetricIds.Stage, "Implementation stage", "The first construct (coherence, cognitive participation, collective action, reflexive monitoring) with a mean below 3.5; embedded if none.", G.Implementation, K.Label, P.Neutral),

            new(MetricIds.MaturityMonths, "Months since service began", "Months from the first link worker's start to the end of the period (median of PCNs for an area).", G.Maturity, K.Ratio, P.Neutral, "months"),
            new(MetricIds.TooEarlyToJudge, "Too early to judge", "Yes where the service is under 24 months old or has fewer than 12 monthly points.", G.Maturity, K.Label, P.Neutral),
            new(MetricIds.ReadyToJudge, "Fair to judge", "A PCN: yes when its service has run at least 24 months, has at least 12 monthly returns since it began and returns for at least 10 of the last 12 months. An ICB, region or England: yes when at least 80% of its open PCNs are.", G.Maturity, K.Label, P.Neutral),
            new(MetricIds.ReadyReason, "Why not yet fair to judge", "A PCN not fair to judge: the first rule it fails (not_started, too_young, too_few_points, missing_returns), or not_open.", G.Maturity, K.Label, P.Neutral),
            new(MetricIds.ReadySharePct, "PCNs fair to judge", "% of the area's open PCNs that are fair to judge at the end of the period (numerator and denominator are PCNs).", G.Maturity, K.Ratio, P.Higher, "%"),
            new(MetricIds.ReadyMonth, "Fair to judge from", "A PCN: the earliest month it is fair to judge. An area: the month by which 80% of its open PCNs are. Months after the latest data assume every open PCN keeps making its return.", G.Maturity, K.Label, P.Neutral),

            new(MetricIds.ReturnsExpected, "Returns expected", "Monthly returns expected from PCNs open in the window.", G.DataQuality, K.StaffCount, P.Neutral, "returns"),
            new(MetricIds.ReturnsReceived, "Returns received", "Monthly returns accepted (the current version for each PCN and month).", G.DataQuality, K.StaffCount, P.Higher, "returns"),
            new(MetricIds.OnTimePct, "Returns on time", "% of received returns that arrived by the due date.", G.DataQuality, K.Percent, P.Higher, "%"),
            new(MetricIds.CompletenessPct, "Completeness", "Returns received as % of returns expected.", G.DataQuality, K.Percent, P.Higher, "%"),
            new(MetricIds.WarningsPerReturn, "Warnings per return", "Mean validation warnings on current returns.", G.DataQuality, K.Ratio, P.Lower, "warnings"),
        ]);
        return [.. list.Select(CountDeclarations.Apply)];
    }

    internal static string Component(string dimension, string code) => dimension switch
    {
        "age_band" => Components.AgeBand(code),
        "sex" => Components.Sex(code),
        "ethnic_group" => Components.Ethnicity(code),
        _ => Components.ImdQuintile(code[1] - '0'),
    };
}
