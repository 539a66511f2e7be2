namespace SpReporting.Returns;

/// <summary>Score ranges, polarity and meaningful change of each wellbeing tool (RETURNS.md, METRICS.md).</summary>
public sealed record WellbeingTool(string Code, double Min, double Max, bool HigherIsBetter, double MeaningfulChange)
{
    public static readonly WellbeingTool Swemwbs = new("SWEMWBS", 7, 35, true, 3);
    public static readonly WellbeingTool Wemwbs = new("WEMWBS", 14, 70, true, 3);
    public static readonly WellbeingTool Ons4LifeSatisfaction = new("ONS4_LS", 0, 10, true, 1);
    public static readonly WellbeingTool Mycaw = new("MYCAW", 0, 6, false, 1);

    public static IReadOnlyList<WellbeingTool> Scored { get; } = [Swemwbs, Wemwbs, Ons4LifeSatisfaction, Mycaw];

    public static WellbeingTool? Find(string code) => Scored.FirstOrDefault(t => t.Code == code);

    /// <summary>Follow-up minus baseline, sign flipped where lower is better, so positive always means better.</summary>
    public double Change(double baseline, double followUp) => HigherIsBetter ? followUp - baseline : baseline - followUp;
}
