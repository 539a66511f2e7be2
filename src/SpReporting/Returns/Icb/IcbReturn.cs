using SpReporting.Periods;

namespace SpReporting.Returns.Icb;

/// <summary>An ICB quarterly return as accepted: plan per PCN, investment, capacity and narrative.</summary>
public sealed record IcbReturn(
    string IcbCode,
    Quarter Period,
    string? SubmitterRole,
    IReadOnlyList<PlanLine> Plan,
    IReadOnlyList<InvestmentLine> Investment,
    int? CommunityOffersActive,
    int? VcseOrgsReceivingReferrals,
    string? Narrative);
