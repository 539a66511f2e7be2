using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Partials;

/// <summary>Turns one accepted PCN monthly return into its mergeable metric components.</summary>
public static class PartialBuilder
{
    /// <param name="pcnReturn">The accepted return.</param>
    /// <param name="late">Whether it arrived after the due date (data quality).</param>
    /// <param name="warnings">Warnings on its receipt (data quality).</param>
    public static Partial Build(PcnReturn pcnReturn, bool late = false, int warnings = 0)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [Components.Returns] = 1,
            [Components.OnTime] = late ? 0 : 1,
            [Components.Warnings] = warnings,
        };
        void Add(string key, double value = 1) => sums[key] = sums.GetValueOrDefault(key) + value;

        DateOnly? firstStart = null;
        foreach (var post in pcnReturn.Posts)
        {
            if (post.StartDate is { } s && post.Status is "IN_POST" or "LEFT" && (firstStart is null || s < firstStart)) { firstStart = s; }
            Workforce(post, Add);
        }
        var period = pcnReturn.Period;
        foreach (var r in pcnReturn.Referrals)
        {
            if (period.Contains(r.ReferralDate)) { Received(r, Add); }
            if (FirstReportsContact(r, period) && r.FirstContactDate is { } fc)
            {
                var days = fc.DayNumber - r.ReferralDate.DayNumber;
                Add(Components.WaitN);
                Add(Components.WaitDays(days));
                if (days <= 14) { Add(Components.Contact14); }
            }
            if (r.ClosedDate is { } cd && period.Contains(cd)) { Closed(r, Add); }
        }
        foreach (var response in pcnReturn.Implementation) { Implementation(response, Add); }
        foreach (var row in pcnReturn.UtilisationRows) { Utilisation(row, Add); }
        return new Partial(sums, firstStart);
    }

    private static void Workforce(WorkforcePost post, Action<string, double> add)
    {
        switch (post.Status)
        {
            case "IN_POST":
                add(Components.Headcount, 1);
                add(Components.Wte, post.Wte);
                if (post.Funding == "ARRS") { add(Components.WteArrs, post.Wte); }
                add(Components.Caseload, post.OpenCaseload ?? 0);
                if (post.SupervisionHours >= 1) { add(Components.Supervised, 1); }
                if (post.NonSpHours is { } h)
                {
                    add(Components.NonSpHours, h);
                    add(Components.NonSpWte, post.Wte);
                }
                break;
            case "VACANT":
                add(Components.VacantWte, post.Wte);
                break;
            case "LEFT":
                add(Components.Leavers, 1);
                break;
        }
        if (post.WellbeingScore is { } w)
        {
            add(Components.WellbeingN, 1);
            add(Components.WellbeingSum, w);
            add(Components.WellbeingSumSq, w * w);
        }
    }

    private static void Received(Referral r, Action<string, double> add)
    {
        add(Components.Received, 1);
        if (r.Source != "GP") { add(Components.NonGp, 1); }
        foreach (var reason in r.Reasons) { add(Components.Reason(reason), 1); }
        if (r.Reasons.Any(CodeLists.WiderDeterminants.Contains)) { add(Components.Wider, 1); }
        add(Components.AgeBand(r.AgeBand), 1);
        add(Components.Sex(r.Sex), 1);
        add(Components.Ethnicity(r.EthnicGroup), 1);
        if (r.ImdDecile is { } d)
        {
            add(Components.ImdKnown, 1);
            if (d <= 2) { add(Components.ImdQ1, 1); }
            add(Components.ImdQuintile((d + 1) / 2), 1);
        }
    }

    private static void Closed(Referral r, Action<string, double> add)
    {
        add(Components.ClosedRows, 1);
        if (r.Status is "DECLINED" or "DID_NOT_ENGAGE") { add(Components.DeclinedDne, 1); }
        if (r.Status != "CLOSED") { return; }
        add(Components.Closures, 1);
        if (r.Connections is { } c)
        {
            add(Components.ConnectionsN, 1);
            add(Components.ConnectionsSum, c);
            add(Components.ConnectionsSumSq, (double)c * c);
        }
        if (r.SocialOutcomes.Any(o => o != "NONE_ACHIEVED")) { add(Components.SocialOutcome, 1); }
        if (r.Reasons.Any(CodeLists.WiderDeterminants.Contains))
        {
            add(Components.WiderClosed, 1);
            if (r.SocialOutcomes.Count > 0) { add(Components.WiderRecorded, 1); }
        }
        if (WellbeingTool.Find(r.WellbeingTool) is { } tool && r.WellbeingBaseline is { } b && r.WellbeingFollowUp is { } f)
        {
            var change = tool.Change(b, f);
            add(Components.Paired, 1);
            add(Components.ToolN(tool.Code), 1);
            add(Components.ToolSum(tool.Code), change);
            add(Components.ToolSumSq(tool.Code), change * change);
            if (change >= tool.MeaningfulChange)
            {
                add(Components.Improved, 1);
                add(Components.ToolImproved(tool.Code), 1);
            }
        }
    }

    /// <summary>
    /// Counted in the month the row is reported (its after-window ended). The coverage denominator is
    /// not here: it is the closures of six months earlier, taken from those months' partials (docs/metrics.md).
    /// </summary>
    private static void Utilisation(UtilisationRow row, Action<string, double> add)
    {
        var gp = (double)row.GpConsultsAfter - row.GpConsultsBefore;
        add(Components.UseRows, 1);
        add(Components.UseGpSum, gp);
        add(Components.UseGpSumSq, gp * gp);
        if (gp < 0) { add(Components.UseGpReduced, 1); }
        if (row.AeAttendancesBefore is { } aeBefore && row.AeAttendancesAfter is { } aeAfter)
        {
            var ae = (double)aeAfter - aeBefore;
            add(Components.UseAeN, 1);
            add(Components.UseAeSum, ae);
            add(Components.UseAeSumSq, ae * ae);
        }
    }

    private static void Implementation(ImplementationResponse response, Action<string, double> add)
    {
        add(Components.Respondents, 1);
        if (response.NormalNow is { } g2)
        {
            add(Components.NormalNowN, 1);
            add(Components.NormalNowSum, g2);
        }
        Construct(Components.Coherence, response.Coherence, add);
        Construct(Components.CognitiveParticipation, response.CognitiveParticipation, add);
        Construct(Components.CollectiveAction, response.CollectiveAction, add);
        Construct(Components.ReflexiveMonitoring, response.ReflexiveMonitoring, add);
    }

    /// <summary>A respondent's construct mean over answered items; respondents with none are left out.</summary>
    private static void Construct(string construct, IReadOnlyList<double?> items, Action<string, double> add)
    {
        var answered = items.Where(i => i.HasValue).Select(i => i!.Value).ToList();
        if (answered.Count == 0) { return; }
        var mean = answered.Average();
        add(Components.ConstructN(construct), 1);
        add(Components.ConstructSum(construct), mean);
        add(Components.ConstructSumSq(construct), mean * mean);
    }

    /// <summary>
    /// A referral appears in the return of the month it was received and again in the month it closed.
    /// Its wait is counted once: in the received month if the contact happened by then, otherwise in
    /// the closing month's return, which is the first to report a later contact.
    /// </summary>
    internal static bool FirstReportsContact(Referral r, Periods.Month period)
    {
        if (r.FirstContactDate is not { } fc) { return false; }
        var receivedMonth = Periods.Month.Of(r.ReferralDate);
        return period == receivedMonth ? fc <= period.End : fc > receivedMonth.End && period.Contains(r.ClosedDate ?? DateOnly.MinValue);
    }
}
