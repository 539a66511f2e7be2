namespace SpReporting.Statistics;

/// <summary>Which direction of a metric is good: decides improvement/concern and better/worse.</summary>
public enum Polarity
{
    /// <summary>Higher values are better.</summary>
    Higher,

    /// <summary>Lower values are better.</summary>
    Lower,

    /// <summary>Neither direction is better: judgements say high/low, never better/worse.</summary>
    Neutral,
}
