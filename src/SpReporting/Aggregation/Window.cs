namespace SpReporting.Aggregation;

/// <summary>The windows of METRICS.md: calendar month, financial quarter, financial year to date, rolling 12 months.</summary>
public enum Window
{
    Month,
    Quarter,
    Fytd,
    R12,
}

public static class WindowNames
{
    public static string ToCode(this Window window) => window switch
    {
        Window.Month => "month",
        Window.Quarter => "quarter",
        Window.Fytd => "fytd",
        _ => "r12",
    };

    public static string ToCode(this Level level) => level switch
    {
        Level.Pcn => "PCN",
        Level.Icb => "ICB",
        Level.Region => "REGION",
        _ => "ENGLAND",
    };
}
