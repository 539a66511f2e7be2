using SpReporting.Metrics;

namespace SpReporting.Packs.Model;

/// <summary>
/// How a number cell reads: thousands separators and a fixed number of decimals per measure, percentages with
/// a % sign (the cell keeps the published value, 10.0 for 10%, so it shows exactly what was published).
/// See docs/packs.md, "Number formats".
/// </summary>
internal enum PackNumberFormat : byte
{
    Whole,
    OneDecimal,
    TwoDecimals,
    Percent,
}

internal static class PackNumberFormats
{
    /// <summary>The Excel format code.</summary>
    public static string Code(this PackNumberFormat format) => format switch
    {
        PackNumberFormat.OneDecimal => "#,##0.0",
        PackNumberFormat.TwoDecimals => "#,##0.00",
        PackNumberFormat.Percent => "#,##0.0\"%\"",
        _ => "#,##0",
    };

    /// <summary>A measure's format, at the decimals it is published to (Disclosure.Format).</summary>
    public static PackNumberFormat Of(MetricDefinition d) => d.Kind switch
    {
        MetricKind.PeopleCount => PackNumberFormat.Whole,
        MetricKind.Percent => PackNumberFormat.Percent,
        _ when d.Unit == "%" => PackNumberFormat.Percent,
        MetricKind.Median => PackNumberFormat.OneDecimal,
        MetricKind.StaffCount when d.Unit == "WTE" => PackNumberFormat.TwoDecimals,
        MetricKind.StaffCount => PackNumberFormat.Whole,
        _ when d.Id == MetricIds.MaturityMonths => PackNumberFormat.OneDecimal,
        _ => PackNumberFormat.TwoDecimals,
    };

    /// <summary>A number that is not a measure's value (counts of returns, shares worked out by the pack).</summary>
    public static PackNumberFormat Plain(double number) => number == Math.Round(number) ? PackNumberFormat.Whole : PackNumberFormat.TwoDecimals;
}
