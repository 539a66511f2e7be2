using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Periods;
using SpReporting.Packs.Model;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>
/// One row per metric for the pack's area: the published value with its interval, England's value, the
/// comparison, SPC variation and assurance in words, and beside every judgement the maturity and the
/// too-early flag. Values are the latest month's, except survey results and WTE against plan (the quarter's).
/// </summary>
internal static class HeadlineSheet
{
    public const string Name = "Headline";

    public static PackSheet Build(PackContext c)
    {
        var columns = new List<PackColumn>(PackContext.AreaColumns())
        {
            new("Metric ID", 30),
            new("Measure", 40, Wrap: true),
            new("Group", 14),
            new("Unit", 14),
            new(new Noted("Window", PackNotes.Windows), 12),
            new("Period", 10),
            new(new Noted("Value", PackNotes.Disclosure), 12),
            new(new Noted("Lower 95% limit", PackNotes.Intervals), 12),
            new("Upper 95% limit", 12),
            new("England value", 12),
            new(new Noted("Compared with England", PackNotes.Benchmark, PackNotes.HealthServiceUse), 22),
            new(new Noted("SPC variation", PackNotes.Spc), 32),
            new(new Noted("SPC assurance against ICB plan", PackNotes.Assurance), 30),
            new(new Noted("Months since service began", PackNotes.Maturity), 14),
            new(new Noted("Too early to judge", PackNotes.TooEarly), 10),
        };
        var lines = c.Standard("One row per measure for the area: its latest value, England's, and the judgements on it.").ToList();
        lines.Add("Survey measures and WTE against plan are for the financial quarter; all others for the latest month.");
        lines.Add(HealthUseLine(c));
        if (c.EnglandRow(Window.Month)?.Find(MetricIds.CompletenessPct)?.Value is { } completeness && ComparatorCaveat.Applies(completeness))
        {
            lines.Add(ComparatorCaveat.Text("England", completeness, PackWords.Of(c.Input.Period)));
        }
        return new PackSheet(Name, "Every measure for the area with England's value, the benchmark comparison, SPC judgements, maturity and the too-early flag.",
            $"Headline measures for {c.Input.Scope.Name}, {PackWords.Of(c.Input.Period)}", lines,
            new PackTable("table_headline", columns, Rows(c)));
    }

    /// <summary>The regression-to-the-mean caveat, and whether the area's GP-use figures can be judged at all.</summary>
    private static string HealthUseLine(PackContext c)
    {
        var row = c.Row(c.Input.Scope, Window.Month);
        var verdict = row is null ? null : HealthUseCells.Unjudgeable(row);
        var judgement = verdict is null
            ? "This month: enough is measured to judge them."
            : $"This month: {verdict}.";
        return "GP and A&E use (the use_ measures): a before-and-after fall overstates the effect of link-worker support, because people are often referred at a peak of need (regression to the mean). " + judgement;
    }

    /// <summary>The ICB plan for the quarter judged, as the assurance is made against it: "ICB plan for Q3 2024-25: 1.7 WTE".</summary>
    private static string? Plan(PackContext c)
    {
        var quarter = c.Row(c.Input.Scope, Window.Quarter);
        var plan = quarter?.Find(MetricIds.VsPlanPct) is { } v ? Disclosure.Apply(v, c.Input.Scope.Level).Denominator : "";
        return plan.Length == 0 ? null : $"ICB plan for {c.Input.Period.Quarter.Label()}: {plan} WTE";
    }

    private static IEnumerable<PackCell[]> Rows(PackContext c)
    {
        var isEngland = c.Input.Scope.Level == Level.England;
        for (var i = 0; i < MetricCatalog.All.Count; i++)
        {
            var d = MetricCatalog.All[i];
            if (d.Id is MetricIds.MaturityMonths or MetricIds.TooEarlyToJudge) { continue; }
            var window = d.Group == MetricGroup.Implementation || d.Id == MetricIds.VsPlanPct ? Window.Quarter : Window.Month;
            var row = c.Row(c.Input.Scope, window);
            var england = c.EnglandRow(window);
            var cells = new List<PackCell>(PackContext.AreaCells(c.Input.Scope))
            {
                PackCell.Of(d.Id),
                PackCell.Of(d.Title),
                PackCell.Of(PackWords.Of(d.Group)),
                PackCell.Of(d.Unit.Length == 0 ? Shorthand.NotApplicable : d.Unit),
                PackCell.Of(PackWords.Of(window)),
                PackCell.Of(c.PeriodOf(window)),
            };
            if (row is null)
            {
                cells.AddRange(Enumerable.Repeat(PackCell.Of(Shorthand.NotAvailable), 9));
                yield return [.. cells];
                continue;
            }
            var p = ValueCells.Publish(row, i);
            cells.Add(ValueCells.Value(p));
            cells.Add(ValueCells.Limit(p, d, lower: true));
            cells.Add(ValueCells.Limit(p, d, lower: false));
            cells.Add(england is null ? PackCell.Of(Shorthand.NotAvailable) : ValueCells.Value(ValueCells.Publish(england, i)));
            cells.Add(HealthUseCells.IsJudgedUse(d.Id) && p.Note.Length == 0 && HealthUseCells.Unjudgeable(row) is { } words
                ? PackCell.Of(HealthUseCells.Capitalised(words))
                : JudgementCells.ComparedWithEngland(p, d, isEngland));
            cells.Add(JudgementCells.Variation(p, d));
            cells.Add(JudgementCells.Assurance(p, d, d.Id == MetricIds.Wte ? Plan(c) : null));
            cells.Add(ValueCells.Maturity(row));
            cells.Add(ValueCells.TooEarly(row));
            yield return [.. cells];
        }
    }
}
