using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;

namespace SpReporting.Publishing;

/// <summary>
/// Disclosure control of METRICS.md, applied at publication and never to stored data, and shared by
/// every output (CSV, dashboard data, Excel packs):
/// below England, people counts of 1–7 are <c>[c]</c> and others are rounded to the nearest 5 (redact
/// first, then round); a figure resting on 1–7 people, or built from a suppressed count, is <c>[c]</c>;
/// staff figures are published as they are, except link worker wellbeing (3 respondents or more);
/// survey results need 5 respondents or more. Zero is shown as 0.
/// </summary>
public static class Disclosure
{
    public const int LowestSafeCount = 8;
    public const int Rounding = 5;
    public const int MinimumStaffWellbeing = 3;
    public const int MinimumSurveyRespondents = 5;

    public static bool IsUnsafeCount(double? n) => n is >= 1 and < LowestSafeCount;

    /// <summary>A people count as published at a level: England unrounded, elsewhere redacted then rounded to 5.</summary>
    public static string Count(double? n, Level level)
    {
        if (n is null) { return ""; }
        if (level == Level.England || n == 0) { return Format(n.Value, 0); }
        if (IsUnsafeCount(n)) { return Shorthand.Confidential; }
        return Format(RoundToFive(n.Value), 0);
    }

    public static double RoundToFive(double n) => Math.Round(n / Rounding, MidpointRounding.AwayFromZero) * Rounding;

    public static PublishedValue Apply(MetricValue v, Level level)
    {
        var d = MetricCatalog.Get(v.MetricId);
        if (v.Value is null && v.Label is null)
        {
            return Empty(v, Shorthand.NotAvailable);
        }
        if (Withheld(v, d, level))
        {
            return Empty(v, Shorthand.Confidential);
        }
        var people = d.Group is MetricGroup.Referrals or MetricGroup.Equity or MetricGroup.Outcomes or MetricGroup.Implementation;
        string text;
        double? shown = v.Value;
        if (d.Kind == MetricKind.PeopleCount)
        {
            text = Count(v.Value, level);
            shown = double.Parse(text, CultureInfo.InvariantCulture);
        }
        else if (d.Kind == MetricKind.Label)
        {
            text = v.Label ?? "";
        }
        else
        {
            text = Format(v.Value!.Value, Decimals(d.Kind));
        }
        string Part(double? x) => x is null ? "" : people && d.Kind is MetricKind.Percent or MetricKind.Rate or MetricKind.PeopleCount ? Count(x, level) : Format(x.Value, 2);
        return new PublishedValue(v.MetricId, shown, text,
            d.Kind == MetricKind.PeopleCount ? "" : Part(v.Numerator),
            d.Kind == MetricKind.PeopleCount ? "" : Part(v.Denominator),
            v.Lower is { } lo ? Format(lo, Decimals(d.Kind)) : "",
            v.Upper is { } hi ? Format(hi, Decimals(d.Kind)) : "",
            v.ComparedToEngland ?? "", v.ComparedToParent ?? "", v.Variation ?? "", v.Assurance ?? "", "")
        {
            Lower998 = v.Lower998 is { } lo998 ? Format(lo998, Decimals(d.Kind)) : "",
            Upper998 = v.Upper998 is { } hi998 ? Format(hi998, Decimals(d.Kind)) : "",
        };
    }

    private static bool Withheld(MetricValue v, MetricDefinition d, Level level)
    {
        if (d.IsSurvey && d.Id != MetricIds.Respondents && v.People is < MinimumSurveyRespondents) { return true; }
        if (d.Id == MetricIds.StaffWellbeingMean) { return v.People is < MinimumStaffWellbeing; }
        if (level == Level.England) { return false; }
        return d.Kind switch
        {
            MetricKind.PeopleCount => IsUnsafeCount(v.Value),
            MetricKind.Percent or MetricKind.Rate when d.Group is not (MetricGroup.Workforce or MetricGroup.DataQuality) =>
                IsUnsafeCount(v.Numerator) || IsUnsafeCount(v.Denominator) || IsUnsafeCount(v.People),
            MetricKind.Mean or MetricKind.Median or MetricKind.Label when d.Group is not MetricGroup.Workforce =>
                IsUnsafeCount(v.People),
            _ => false,
        };
    }

    private static PublishedValue Empty(MetricValue v, string note) =>
        new(v.MetricId, null, "", "", "", "", "", "", "", "", "", note);

    private static int Decimals(MetricKind kind) => kind switch
    {
        MetricKind.PeopleCount => 0,
        MetricKind.Percent or MetricKind.Median => 1,
        _ => 2,
    };

    public static string Format(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), CultureInfo.InvariantCulture);
}
