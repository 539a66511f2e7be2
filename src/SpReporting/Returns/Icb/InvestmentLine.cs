namespace SpReporting.Returns.Icb;

/// <summary>Money spent in the quarter, in whole pence (Table storage has no decimal).</summary>
public sealed record InvestmentLine(string Category, long AmountPence);
