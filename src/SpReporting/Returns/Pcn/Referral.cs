namespace SpReporting.Returns.Pcn;

/// <summary>A referral event in the month: received, closed, or both (Referrals sheet). Pseudonymous.</summary>
public sealed record Referral(
    string ReferralId,
    DateOnly ReferralDate,
    string Source,
    IReadOnlyList<string> Reasons,
    string AgeBand,
    string Sex,
    string EthnicGroup,
    int? ImdDecile,
    DateOnly? FirstContactDate,
    string Status,
    DateOnly? ClosedDate,
    int? Connections,
    string WellbeingTool,
    double? WellbeingBaseline,
    double? WellbeingFollowUp,
    IReadOnlyList<string> SocialOutcomes);
