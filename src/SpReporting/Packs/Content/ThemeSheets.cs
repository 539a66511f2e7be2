using SpReporting.Metrics;
using SpReporting.Packs.Model;
using SpReporting.Returns;

namespace SpReporting.Packs.Content;

/// <summary>The five theme sheets: workforce, referrals, outcomes, implementation and equity.</summary>
internal static class ThemeSheets
{
    public static PackSheet Workforce(PackContext c)
    {
        var columns = Group(MetricGroup.Workforce, id => id switch
        {
            MetricIds.VsPlanPct => [PackNotes.Plan],
            MetricIds.StaffWellbeingMean => [PackNotes.StaffWellbeing],
            _ => [],
        }).ToList();
        columns.Insert(columns.FindIndex(m => m.Column.Header.Text.StartsWith(MetricCatalog.Get(MetricIds.WteArrs).Title, StringComparison.Ordinal)) + 1, ThemeColumn.ArrsShare());
        return ThemeSheet.Build(c, "Workforce", "table_workforce", "Link worker workforce",
            "WTE in post and against the ICB plan, ARRS funding, vacancies, turnover, supervision and link workers' own wellbeing.",
            ["Posts and WTE are month-end positions; leavers add up over the window."], columns);
    }

    public static PackSheet Referrals(PackContext c)
    {
        var columns = Group(MetricGroup.Referrals, id => id == MetricIds.Received ? [PackNotes.Disclosure] : []).ToList();
        return ThemeSheet.Build(c, "Referrals", "table_referrals", "Referrals to link workers",
            "Referral volume and rate, sources, reasons (with the wider-determinants share) and waiting times.",
            ["The wider-determinants share for every month is on the Monthly_series worksheet."], columns);
    }

    public static PackSheet Outcomes(PackContext c)
    {
        var columns = new List<ThemeColumn>();
        foreach (var d in MetricCatalog.All.Where(d => d.Group == MetricGroup.Outcomes))
        {
            var change = WellbeingTool.Scored.Any(t => MetricIds.WellbeingChange(t.Code) == d.Id);
            var use = HealthUseCells.IsUse(d.Id);
            columns.Add(ThemeColumn.Metric(d.Id, change ? [PackNotes.WellbeingTools] : use ? [PackNotes.HealthServiceUse] : d.Id == MetricIds.Closures ? [PackNotes.Disclosure] : []));
            if (change || (use && d.Kind == MetricKind.Mean))
            {
                columns.Add(ThemeColumn.Limit(d.Id, lower: true));
                columns.Add(ThemeColumn.Limit(d.Id, lower: false));
            }
            if (d.Id == MetricIds.UseCoveragePct) { columns.Add(HealthUseCells.Column()); }
        }
        return ThemeSheet.Build(c, "Outcomes", "table_outcomes", "Outcomes of social prescribing",
            "Health outcomes (wellbeing change by tool, GP and A&E use before and after) with 95% intervals, social outcomes (housing, debt, food, fuel, employment), and how much of each is measured.",
            [
                "Outcomes count referrals closed in the window; GP and A&E use count people whose six months after closure ended in the window.",
                new PackLine(new Noted("A fall in GP or A&E use after support overstates its effect (regression to the mean), and is not judged where under half of the people due were counted.", PackNotes.HealthServiceUse)),
            ], columns);
    }

    public static PackSheet Implementation(PackContext c)
    {
        var columns = Group(MetricGroup.Implementation, id => id == MetricIds.Respondents ? [PackNotes.Survey] : []).ToList();
        return ThemeSheet.Build(c, "Implementation", "table_implementation", "Implementation maturity",
            "The four normalisation process theory constructs (coherence, cognitive participation, collective action, reflexive monitoring) and the stage reached.",
            ["Scores are means of item scores from 1 (strongly disagree) to 5 (strongly agree)."], columns);
    }

    public static PackSheet Equity(PackContext c)
    {
        var columns = Group(MetricGroup.Equity, id => id.StartsWith("ref_by_", StringComparison.Ordinal) ? [PackNotes.Disclosure] : []).ToList();
        return ThemeSheet.Build(c, "Equity", "table_equity", "Who is referred",
            "Referrals by deprivation (IMD), ethnic group, age band and sex.",
            ["IMD quintile 1 is the most deprived fifth of neighbourhoods in England."], columns);
    }

    private static IEnumerable<ThemeColumn> Group(MetricGroup group, Func<string, string[]> notes) =>
        MetricCatalog.All.Where(d => d.Group == group).Select(d => ThemeColumn.Metric(d.Id, notes(d.Id)));
}
