namespace SpReporting.Statistics;

/// <summary>A mean and its 95% t-interval; the interval is null when there are fewer than two values.</summary>
public sealed record MeanEstimate(double Mean, Interval? Interval);
