namespace SpReporting.Metrics;

/// <summary>What a metric's value is, which decides its interval and how disclosure control treats it.</summary>
public enum MetricKind
{
    /// <summary>A count of people (referrals, closures, respondents): redacted 1–7 and rounded to 5 below England.</summary>
    PeopleCount,

    /// <summary>A count or sum about staff (posts, WTE): published as it is.</summary>
    StaffCount,

    /// <summary>A percentage with a numerator and denominator (Wilson interval).</summary>
    Percent,

    /// <summary>A rate from a count (Byar or exact Poisson interval).</summary>
    Rate,

    /// <summary>A mean with n, sum and sum of squares (t-interval).</summary>
    Mean,

    /// <summary>A median from a histogram.</summary>
    Median,

    /// <summary>A ratio of two staff or caseload quantities (no interval).</summary>
    Ratio,

    /// <summary>A word (implementation stage) or a flag.</summary>
    Label,
}
