using SpReporting.Partials;
using SpReporting.Returns;
using SpReporting.Statistics;
using C = SpReporting.Partials.Components;

namespace SpReporting.Metrics;

/// <summary>
/// Computes every metric of METRICS.md for one area and window from merged components. Pure: the
/// same components always give the same values, at any level, because levels merge components,
/// never averages.
/// </summary>
public static class MetricCalculator
{
    /// <summary>Contracted hours a month for one WTE, for <c>wf_non_sp_pct</c> (METRICS.md).</summary>
    public const double HoursPerWteMonth = 150;

    /// <summary>A service younger than this, or with fewer monthly points, is too early to judge.</summary>
    public const double MatureMonths = 24;
    public const int MinimumMonthlyPoints = 12;

    // Ids and component names built once: a national rebuild computes these for every area and window.
    private static readonly (string Id, string Component)[] ReasonMetrics =
        CodeLists.Reason.Codes.Select(r => (MetricIds.ReasonPct(r), C.Reason(r))).ToArray();

    private static readonly (string Id, string Component)[] DimensionMetrics =
        MetricCatalog.Dimensions.SelectMany(d => d.Codes.Select(code => (MetricIds.By(d.Dimension, code), MetricCatalog.Component(d.Dimension, code)))).ToArray();

    private static readonly (string Id, string N, string Sum, string SumSq)[] ToolMetrics =
        WellbeingTool.Scored.Select(t => (MetricIds.WellbeingChange(t.Code), C.ToolN(t.Code), C.ToolSum(t.Code), C.ToolSumSq(t.Code))).ToArray();

    private static readonly (string Id, string N, string Sum, string SumSq)[] ConstructMetrics =
    [
        (MetricIds.Coherence, C.ConstructN(C.Coherence), C.ConstructSum(C.Coherence), C.ConstructSumSq(C.Coherence)),
        (MetricIds.CognitiveParticipation, C.ConstructN(C.CognitiveParticipation), C.ConstructSum(C.CognitiveParticipation), C.ConstructSumSq(C.CognitiveParticipation)),
        (MetricIds.CollectiveAction, C.ConstructN(C.CollectiveAction), C.ConstructSum(C.CollectiveAction), C.ConstructSumSq(C.CollectiveAction)),
        (MetricIds.ReflexiveMonitoring, C.ConstructN(C.ReflexiveMonitoring), C.ConstructSum(C.ReflexiveMonitoring), C.ConstructSumSq(C.ReflexiveMonitoring)),
    ];

    public static List<MetricValue> Calculate(WindowInput input)
    {
        var values = new List<MetricValue>(MetricCatalog.All.Count);
        Workforce(input, values);
        Referrals(input, values);
        Outcomes(input.Flow, values);
        HealthServiceUse(input, values);
        Implementation(input.Flow, values);
        MaturityAndQuality(input, values);
        return values;
    }

    private static readonly MetricValue[] Placeholders = MetricCatalog.All.Select(m => new MetricValue(m.Id, null)).ToArray();

    /// <summary>
    /// Only the metrics that have SPC charts, in catalogue positions (the rest empty): what an incremental
    /// refresh needs of the monthly rows it does not rewrite, to judge the rows it does.
    /// </summary>
    public static MetricValue[] CalculateSpcSeries(WindowInput input)
    {
        var values = (MetricValue[])Placeholders.Clone();
        void Set(MetricValue v) => values[MetricCatalog.IndexOf(v.MetricId)] = v;
        var f = input.Flow;
        var received = f[C.Received];
        var has = f[C.Returns] > 0;
        Set(new MetricValue(MetricIds.Received, has ? received : null) { People = received });
        Set(Rate(received, input.RegisteredPatients, input.MonthsInWindow, has));
        Set(Staff(MetricIds.Wte, input.Stock[C.Returns] > 0 ? input.Stock[C.Wte] : null));
        Set(MedianWait(f));
        Set(Percent(MetricIds.WellbeingPairedPct, f[C.Paired], f[C.Closures]));
        Set(Percent(MetricIds.Contact14dPct, f[C.Contact14], f[C.WaitN]));
        Set(Percent(MetricIds.WiderDeterminantsPct, f[C.Wider], received));
        Set(Percent(MetricIds.SocialOutcomePct, f[C.SocialOutcome], f[C.Closures]));
        Set(Mean(MetricIds.GpUseChangeMean, f[C.UseRows], f[C.UseGpSum], f[C.UseGpSumSq]));
        Set(Coverage(f[C.UseRows], input.ClosuresDue));
        return values;
    }

    private static void Workforce(WindowInput input, List<MetricValue> v)
    {
        var s = input.Stock;
        var wte = s[C.Wte];
        var hasReturns = s[C.Returns] > 0;
        v.Add(Staff(MetricIds.Headcount, hasReturns ? s[C.Headcount] : null));
        v.Add(Staff(MetricIds.Wte, hasReturns ? wte : null));
        v.Add(Staff(MetricIds.WteArrs, hasReturns ? s[C.WteArrs] : null));
        v.Add(Ratio(MetricIds.WtePer10k, wte * 10_000, hasReturns ? input.RegisteredPatients : null));
        v.Add(Staff(MetricIds.VacantWte, hasReturns ? s[C.VacantWte] : null));
        v.Add(Staff(MetricIds.Leavers, input.Flow[C.Returns] > 0 ? input.Flow[C.Leavers] : null));
        var r12 = input.Rolling12;
        var meanHeadcount = input.Rolling12Months > 0 ? r12[C.Headcount] / input.Rolling12Months : 0;
        v.Add(Ratio(MetricIds.Turnover12m, r12[C.Leavers] * 100, meanHeadcount, meanHeadcount));
        v.Add(Ratio(MetricIds.CaseloadPerWte, s[C.Caseload], wte));
        v.Add(Percent(MetricIds.SupervisedPct, s[C.Supervised], s[C.Headcount], people: false));
        v.Add(Ratio(MetricIds.NonSpPct, s[C.NonSpHours] * 100, s[C.NonSpWte] * HoursPerWteMonth));
        v.Add(Mean(MetricIds.StaffWellbeingMean, s[C.WellbeingN], s[C.WellbeingSum], s[C.WellbeingSumSq]));
        v.Add(Ratio(MetricIds.VsPlanPct, wte * 100, input.PlannedWte));
    }

    private static void Referrals(WindowInput input, List<MetricValue> v)
    {
        var f = input.Flow;
        var received = f[C.Received];
        var has = f[C.Returns] > 0;
        v.Add(new MetricValue(MetricIds.Received, has ? received : null) { People = received });
        v.Add(Rate(received, input.RegisteredPatients, input.MonthsInWindow, has));
        v.Add(Percent(MetricIds.NonGpPct, f[C.NonGp], received));
        foreach (var (id, component) in ReasonMetrics)
        {
            v.Add(Percent(id, f[component], received));
        }
        v.Add(Percent(MetricIds.WiderDeterminantsPct, f[C.Wider], received));
        v.Add(MedianWait(f));
        v.Add(Percent(MetricIds.Contact14dPct, f[C.Contact14], f[C.WaitN]));
        v.Add(Percent(MetricIds.ImdQ1Pct, f[C.ImdQ1], f[C.ImdKnown]));
        foreach (var (id, component) in DimensionMetrics)
        {
            var n = f[component];
            v.Add(new MetricValue(id, has ? n : null, n, received) { People = n });
        }
    }

    private static void Outcomes(IComponentSource f, List<MetricValue> v)
    {
        var closures = f[C.Closures];
        v.Add(new MetricValue(MetricIds.Closures, f[C.Returns] > 0 ? closures : null) { People = closures });
        v.Add(Percent(MetricIds.DeclinedDnePct, f[C.DeclinedDne], f[C.ClosedRows]));
        v.Add(Mean(MetricIds.ConnectionsMean, f[C.ConnectionsN], f[C.ConnectionsSum], f[C.ConnectionsSumSq]));
        v.Add(Percent(MetricIds.WellbeingPairedPct, f[C.Paired], closures));
        foreach (var (id, n, sum, sumSq) in ToolMetrics)
        {
            v.Add(Mean(id, f[n], f[sum], f[sumSq]));
        }
        v.Add(Percent(MetricIds.WellbeingImprovedPct, f[C.Improved], f[C.Paired]));
        v.Add(Percent(MetricIds.SocialOutcomePct, f[C.SocialOutcome], closures));
        v.Add(Percent(MetricIds.MeasurementMatchPct, f[C.WiderRecorded], f[C.WiderClosed]));
    }

    private static void HealthServiceUse(WindowInput input, List<MetricValue> v)
    {
        var f = input.Flow;
        var rows = f[C.UseRows];
        v.Add(Mean(MetricIds.GpUseChangeMean, rows, f[C.UseGpSum], f[C.UseGpSumSq]));
        v.Add(Percent(MetricIds.GpUseReducedPct, f[C.UseGpReduced], rows));
        v.Add(Mean(MetricIds.AeUseChangeMean, f[C.UseAeN], f[C.UseAeSum], f[C.UseAeSumSq]));
        v.Add(Coverage(rows, input.ClosuresDue));
    }

    /// <summary>
    /// Rows reported / closures due. Capped at 100%: a PCN may report rows for closures whose own month's
    /// return is missing or was late, and "more than all of it is measured" means nothing to a reader.
    /// </summary>
    private static MetricValue Coverage(double rows, double due) => Percent(MetricIds.UseCoveragePct, Math.Min(rows, due), due);

    private static void Implementation(IComponentSource f, List<MetricValue> v)
    {
        var respondents = f[C.Respondents];
        v.Add(new MetricValue(MetricIds.Respondents, respondents > 0 ? respondents : null) { People = respondents });
        string? stage = null;
        var anyConstruct = false;
        foreach (var (id, n, sum, sumSq) in ConstructMetrics)
        {
            var mean = Mean(id, f[n], f[sum], f[sumSq]);
            v.Add(mean);
            anyConstruct |= mean.Value is not null;
            if (stage is null && mean.Value is < 3.5) { stage = id["impl_".Length..].ToUpperInvariant(); }
        }
        v.Add(Mean(MetricIds.NormalNow, f[C.NormalNowN], f[C.NormalNowSum], null));
        v.Add(new MetricValue(MetricIds.Stage, null, Label: anyConstruct ? stage ?? "EMBEDDED" : null) { People = respondents });
    }

    private static void MaturityAndQuality(WindowInput input, List<MetricValue> v)
    {
        v.Add(new MetricValue(MetricIds.MaturityMonths, input.MaturityMonths));
        var tooEarly = input.MaturityMonths is null or < MatureMonths || input.MonthlyPoints < MinimumMonthlyPoints;
        v.Add(new MetricValue(MetricIds.TooEarlyToJudge, null, Label: tooEarly ? "yes" : "no"));
        // Readiness needs every PCN's history, not this window's components: the aggregator fills these in.
        v.Add(new MetricValue(MetricIds.ReadyToJudge, null));
        v.Add(new MetricValue(MetricIds.ReadyReason, null));
        v.Add(new MetricValue(MetricIds.ReadySharePct, null));
        v.Add(new MetricValue(MetricIds.ReadyMonth, null));
        var received = input.Flow[C.Returns];
        v.Add(Staff(MetricIds.ReturnsExpected, input.ReturnsExpected));
        v.Add(Staff(MetricIds.ReturnsReceived, received));
        v.Add(Percent(MetricIds.OnTimePct, input.Flow[C.OnTime], received, people: false));
        v.Add(Percent(MetricIds.CompletenessPct, Math.Min(received, input.ReturnsExpected), input.ReturnsExpected, people: false));
        v.Add(Ratio(MetricIds.WarningsPerReturn, input.Flow[C.Warnings], received));
    }

    private static MetricValue Staff(string id, double? value) => new(id, value);

    private static MetricValue Ratio(string id, double numerator, double? denominator, double? shownDenominator = null) =>
        denominator is > 0
            ? new MetricValue(id, numerator / denominator.Value, numerator, shownDenominator ?? denominator)
            : new MetricValue(id, null, numerator, denominator);

    private static MetricValue Percent(string id, double numerator, double denominator, bool people = true)
    {
        if (denominator <= 0) { return new MetricValue(id, null, numerator, denominator) { People = people ? denominator : null }; }
        var ci = Wilson.Score((int)Math.Round(numerator), (int)Math.Round(denominator));
        var wide = Wilson.Score((int)Math.Round(numerator), (int)Math.Round(denominator), ConfidenceLevel.P998);
        return new MetricValue(id, 100 * numerator / denominator, numerator, denominator, ci is null ? null : 100 * ci.Lower, ci is null ? null : 100 * ci.Upper)
        {
            People = people ? denominator : null,
            Lower998 = wide is null ? null : 100 * wide.Lower,
            Upper998 = wide is null ? null : 100 * wide.Upper,
        };
    }

    private static MetricValue Mean(string id, double n, double sum, double? sumOfSquares)
    {
        if (n <= 0) { return new MetricValue(id, null, sum, n) { People = n }; }
        var mean = sum / n;
        if (sumOfSquares is { } ss && n >= 2)
        {
            var ci = TInterval.ForMean(n, sum, ss).Interval;
            var wide = TInterval.ForMean(n, sum, ss, ConfidenceLevel.P998).Interval;
            return new MetricValue(id, mean, sum, n, ci?.Lower, ci?.Upper) { People = n, Lower998 = wide?.Lower, Upper998 = wide?.Upper };
        }
        return new MetricValue(id, mean, sum, n) { People = n };
    }

    private static MetricValue Rate(double received, double? patients, int months, bool has)
    {
        if (!has || patients is not > 0 || months <= 0) { return new MetricValue(MetricIds.RatePer1k, null, received, patients) { People = received }; }
        var scale = 1000.0 * 12 / months / patients.Value;
        var ci = RateInterval.ForCount((int)Math.Round(received));
        var wide = RateInterval.ForCount((int)Math.Round(received), ConfidenceLevel.P998);
        return new MetricValue(MetricIds.RatePer1k, received * scale, received, patients, ci.Lower * scale, ci.Upper * scale)
        {
            People = received,
            Lower998 = wide.Lower * scale,
            Upper998 = wide.Upper * scale,
        };
    }

    /// <summary>Median days to first contact from the day histogram (0–180, then 181+ counted as 181).</summary>
    private static MetricValue MedianWait(IComponentSource f)
    {
        var n = f[C.WaitN];
        if (n <= 0) { return new MetricValue(MetricIds.WaitMedianDays, null) { People = 0 }; }
        // The median of an even count is the mean of the two middle values, as a spreadsheet MEDIAN would give.
        var lowRank = Math.Floor((n + 1) / 2);
        var highRank = Math.Ceiling((n + 1) / 2);
        double? low = null, high = null;
        double cumulative = 0;
        for (var day = 0; day <= C.WaitBuckets; day++)
        {
            cumulative += f[C.WaitDays(day)];
            if (low is null && cumulative >= lowRank) { low = day; }
            if (cumulative >= highRank) { high = day; break; }
        }
        return new MetricValue(MetricIds.WaitMedianDays, ((low ?? 181) + (high ?? 181)) / 2, null, n) { People = n };
    }
}
