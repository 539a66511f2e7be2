using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Statistics;

namespace SpReporting.Publishing;

/// <summary>
/// Disclosure control (docs/metrics.md, "Disclosure control"), applied at publication and never to
/// stored data, and the one way every output (CSV, dashboard data, Excel packs) turns a value into
/// what is published. Below England: every count of people (<see cref="MetricDefinition.NumeratorCount"/>,
/// <see cref="MetricDefinition.DenominatorCount"/>, people-count values) is <c>[c]</c> at 1–7 and otherwise
/// rounded to the nearest 5 (redact first, then round); every percentage, rate and interval is computed
/// from those published counts, so inverting it gives back only what is published; means and medians
/// keep their value and show a rounded n. Staff figures are published as they are, except link worker
/// wellbeing (3 respondents or more); survey results need 5 respondents or more. A value marked
/// <see cref="MetricValue.Withheld"/> (complementary suppression) is <c>[c]</c>. Zero is shown as 0.
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
        return Published(n.Value, level) is { } shown ? Format(shown, 0) : Shorthand.Confidential;
    }

    /// <summary>The number a people count is published as, or null where it is withheld.</summary>
    public static double? Published(double n, Level level)
    {
        if (level == Level.England || n == 0) { return Math.Round(n); }
        if (IsUnsafeCount(n)) { return null; }
        return RoundToFive(n);
    }

    public static double RoundToFive(double n) => Math.Round(n / Rounding, MidpointRounding.AwayFromZero) * Rounding;

    public static PublishedValue Apply(MetricValue v, Level level)
    {
        var d = MetricCatalog.Get(v.MetricId);
        if (v.Value is null && v.Label is null)
        {
            return Empty(v, Shorthand.NotAvailable);
        }
        if (v.Withheld || Withheld(v, d, level))
        {
            return Empty(v, Shorthand.Confidential);
        }
        if (d.Kind == MetricKind.Label)
        {
            return Make(v, null, v.Label ?? "", "", "", "", "");
        }
        if (d.Kind == MetricKind.PeopleCount)
        {
            var n = Published(v.Value!.Value, level);
            return Make(v, n, Format(n!.Value, 0), "", "", "", "");
        }
        if (level != Level.England && (d.NumeratorCount is not null || d.DenominatorCount is not null))
        {
            return FromPublishedCounts(v, d, level);
        }
        var people = d.AboutPeople && d.Kind is MetricKind.Percent or MetricKind.Rate;
        string Part(double? x) => x is null ? "" : people ? Count(x, level) : Format(x.Value, 2);
        var decimals = Decimals(d.Kind);
        return Make(v, v.Value, Format(v.Value!.Value, decimals), Part(v.Numerator), Part(v.Denominator),
            v.Lower is { } lo ? Format(lo, decimals) : "", v.Upper is { } hi ? Format(hi, decimals) : "")
            with { Lower998 = Limit(v.Lower998, decimals), Upper998 = Limit(v.Upper998, decimals) };
    }

    /// <summary>Below England: the statistic worked out again from its published counts (rule 2).</summary>
    private static PublishedValue FromPublishedCounts(MetricValue v, MetricDefinition d, Level level)
    {
        var decimals = Decimals(d.Kind);
        string Text(double x) => Format(x, decimals);
        switch (d.Kind)
        {
            case MetricKind.Percent:
            {
                var x = Published(v.Numerator ?? 0, level);
                var n = Published(v.Denominator ?? 0, level);
                if (x is null || n is null) { return Empty(v, Shorthand.Confidential); }
                if (n == 0) { return Empty(v, Shorthand.NotAvailable); }
                var value = 100 * x.Value / n.Value;
                var ci = Wilson.Score((int)x.Value, (int)n.Value, ConfidenceLevel.P95);
                var wide = Wilson.Score((int)x.Value, (int)n.Value, ConfidenceLevel.P998);
                return Make(v, value, Text(value), Format(x.Value, 0), Format(n.Value, 0),
                    ci is null ? "" : Text(100 * ci.Lower), ci is null ? "" : Text(100 * ci.Upper))
                    with { Lower998 = wide is null ? "" : Text(100 * wide.Lower), Upper998 = wide is null ? "" : Text(100 * wide.Upper) };
            }
            case MetricKind.Rate:
            {
                var count = v.Numerator ?? 0;
                var x = Published(count, level);
                if (x is null) { return Empty(v, Shorthand.Confidential); }
                if (count == 0)
                {
                    return Make(v, v.Value, Text(v.Value!.Value), "0", Part(v.Denominator), Limit(v.Lower, decimals), Limit(v.Upper, decimals))
                        with { Lower998 = Limit(v.Lower998, decimals), Upper998 = Limit(v.Upper998, decimals) };
                }
                // The rate's multiplier (per 1,000 a year of the window's population) is public: rate / count.
                var scale = v.Value!.Value / count;
                var ci = RateInterval.ForCount((int)x.Value, ConfidenceLevel.P95);
                var wide = RateInterval.ForCount((int)x.Value, ConfidenceLevel.P998);
                return Make(v, x.Value * scale, Text(x.Value * scale), Format(x.Value, 0), Part(v.Denominator),
                    Text(ci.Lower * scale), Text(ci.Upper * scale))
                    with { Lower998 = Text(wide.Lower * scale), Upper998 = Text(wide.Upper * scale) };
            }
            case MetricKind.Mean or MetricKind.Median:
            {
                var n = v.Denominator is { } raw ? Published(raw, level) : null;
                if (v.Denominator is not null && n is null) { return Empty(v, Shorthand.Confidential); }
                var (lower, upper) = MeanInterval(v, v.Lower, v.Upper, n, ConfidenceLevel.P95);
                var (lower998, upper998) = MeanInterval(v, v.Lower998, v.Upper998, n, ConfidenceLevel.P998);
                return Make(v, v.Value, Text(v.Value!.Value), "", n is null ? "" : Format(n.Value, 0), lower, upper)
                    with { Lower998 = lower998, Upper998 = upper998 };
            }
            default:
            {
                // A staff ratio with a count of people on top (open caseload per WTE).
                var x = d.NumeratorCount is null ? v.Numerator : v.Numerator is { } top ? Published(top, level) : null;
                if (d.NumeratorCount is not null && x is null) { return Empty(v, Shorthand.Confidential); }
                var value = x is { } t && v.Denominator is > 0 ? t / v.Denominator.Value : v.Value!.Value;
                return Make(v, value, Text(value), x is { } shown ? Format(shown, 0) : "", Part(v.Denominator), "", "");
            }
        }
    }

    /// <summary>A mean's t-interval re-centred on the same spread but the published n (so n cannot be read back from its width).</summary>
    private static (string Lower, string Upper) MeanInterval(MetricValue v, double? lower, double? upper, double? published, ConfidenceLevel level)
    {
        if (lower is not { } lo || upper is not { } hi || v.Denominator is not { } n || published is not { } shown || n < 2 || shown < 2)
        {
            return ("", "");
        }
        var spread = (hi - lo) / 2 * Math.Sqrt(n) / StudentT.Quantile(level.UpperTail, n - 1);
        var half = StudentT.Quantile(level.UpperTail, shown - 1) * spread / Math.Sqrt(shown);
        return (Format(v.Value!.Value - half, 2), Format(v.Value!.Value + half, 2));
    }

    private static string Part(double? x) => x is null ? "" : Format(x.Value, 2);

    private static string Limit(double? x, int decimals) => x is null ? "" : Format(x.Value, decimals);

    private static PublishedValue Make(MetricValue v, double? value, string text, string numerator, string denominator, string lower, string upper) =>
        new(v.MetricId, value, text, numerator, denominator, lower, upper,
            v.ComparedToEngland ?? "", v.ComparedToParent ?? "", v.Variation ?? "", v.Assurance ?? "", "");

    private static bool Withheld(MetricValue v, MetricDefinition d, Level level)
    {
        if (d.IsSurvey && d.Id != MetricIds.Respondents && v.People is < MinimumSurveyRespondents) { return true; }
        if (d.Id == MetricIds.StaffWellbeingMean) { return v.People is < MinimumStaffWellbeing; }
        if (level == Level.England) { return false; }
        return d.Kind switch
        {
            MetricKind.PeopleCount => IsUnsafeCount(v.Value),
            _ when d.NumeratorCount is not null && IsUnsafeCount(v.Numerator) => true,
            _ when d.DenominatorCount is not null && IsUnsafeCount(v.Denominator) => true,
            MetricKind.Percent or MetricKind.Rate or MetricKind.Mean or MetricKind.Median or MetricKind.Label => d.AboutPeople && IsUnsafeCount(v.People),
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
