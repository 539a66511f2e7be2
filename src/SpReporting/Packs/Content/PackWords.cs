using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Periods;
using SpReporting.Statistics;

namespace SpReporting.Packs.Content;

/// <summary>Plain-English words for levels, windows, periods, dates, polarity and kinds as packs show them.</summary>
internal static class PackWords
{
    public static string Of(Level level) => level switch
    {
        Level.England => "England",
        Level.Region => "Region",
        Level.Icb => "ICB",
        _ => "PCN",
    };

    public static string Of(Window window) => window switch
    {
        Window.Month => "Month",
        Window.Quarter => "Quarter",
        Window.Fytd => "Financial year to date",
        _ => "Rolling 12 months",
    };

    public static string Of(Month month) => month.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Of(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Of(Polarity polarity) => polarity switch
    {
        Polarity.Higher => "Higher is better",
        Polarity.Lower => "Lower is better",
        _ => "Neither higher nor lower is better",
    };

    public static string Of(MetricGroup group) => group switch
    {
        MetricGroup.DataQuality => "Data quality",
        _ => group.ToString(),
    };

    public static string Of(MetricKind kind) => kind switch
    {
        MetricKind.PeopleCount => "Count of people",
        MetricKind.StaffCount => "Count or sum about staff or returns",
        MetricKind.Percent => "Percentage",
        MetricKind.Rate => "Rate",
        MetricKind.Mean => "Mean",
        MetricKind.Median => "Median",
        MetricKind.Ratio => "Ratio",
        _ => "Word",
    };

    /// <summary>How disclosure control treats the metric, in words (METRICS.md).</summary>
    public static string DisclosureRule(MetricDefinition d) => d switch
    {
        { Id: MetricIds.StaffWellbeingMean } => "Shown only with at least 3 respondents.",
        { IsSurvey: true, Id: not MetricIds.Respondents } => "Shown only with at least 5 respondents; [c] where it rests on 1 to 7 people below England.",
        { Kind: MetricKind.PeopleCount } => "Below England: 1 to 7 shown as [c], other counts rounded to the nearest 5.",
        { Group: MetricGroup.Workforce or MetricGroup.DataQuality or MetricGroup.Maturity } => "Shown as it is (about staff, returns or time, not patients).",
        _ => "Below England: [c] where it rests on 1 to 7 people or on a suppressed count.",
    };

    /// <summary>A code in plain English, from the one table of the domain (<see cref="Returns.CodeLabels"/>).</summary>
    public static string Code(string code) => Returns.CodeLabels.Of(code);

    /// <summary>A column header for a metric: its title and unit.</summary>
    public static string Header(MetricDefinition d) => d.Unit.Length == 0 ? d.Title : $"{d.Title} ({d.Unit})";
}
