namespace SpReporting.Sampling;

/// <summary>
/// One referral's whole life as the sample knows it: what is recorded when it is received, and how and
/// when it ends. The monthly returns show it as received (status <c>OPEN</c> unless it also ended that
/// month) and again when it ends, with the same identity and details.
/// </summary>
/// <remarks><see cref="Reasons"/> is as written in the return: codes joined with ';'.</remarks>
internal sealed record SimReferral(
    string ReferralId,
    DateOnly ReferralDate,
    string Source,
    string Reasons,
    string AgeBand,
    string Sex,
    string EthnicGroup,
    int? ImdDecile,
    DateOnly? FirstContactDate,
    string FinalStatus,
    DateOnly ClosedDate,
    int? Connections,
    string WellbeingTool,
    string? Baseline,
    string? FollowUp,
    string? SocialOutcomes);
