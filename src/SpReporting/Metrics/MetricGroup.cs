namespace SpReporting.Metrics;

/// <summary>The sections metrics are shown in, in dashboard and pack order.</summary>
public enum MetricGroup
{
    Workforce,
    Referrals,
    Equity,
    Outcomes,
    Implementation,
    Maturity,
    DataQuality,
}
