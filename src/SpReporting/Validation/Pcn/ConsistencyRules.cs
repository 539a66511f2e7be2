using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>
/// Warnings across sheets: caseload per WTE (VAL009), nil returns that are not nil (VAL010), and
/// demographic columns mostly unknown (VAL011). Warnings: they do not reject a return, and are counted.
/// </summary>
internal static class ConsistencyRules
{
    public const double MaxCaseloadPerWte = 250;
    public const double MaxUnknownShare = 0.20;

    public static void Check(bool nilReturn, IReadOnlyList<WorkforcePost> posts, IReadOnlyList<Referral> referrals, FindingList findings)
    {
        var inPost = posts.Where(p => p.Status == "IN_POST").ToList();
        var wte = inPost.Sum(p => p.Wte);
        var caseload = inPost.Sum(p => p.OpenCaseload ?? 0);
        if (wte > 0 && caseload / wte > MaxCaseloadPerWte)
        {
            findings.Add(FindingCodes.HighCaseload, PcnSchema.Workforce, null, "open_caseload", null,
                $"Open caseload is {caseload / wte:0} people per WTE, above {MaxCaseloadPerWte:0}. Please check the open caseloads and WTE in the Workforce sheet.");
        }
        if (nilReturn && inPost.Count > 0)
        {
            findings.Add(FindingCodes.NilReturnMismatch, PcnSchema.Submission, null, "value", null,
                "nil_return is Y but the Workforce sheet lists link workers in post. Please check which is right.");
        }
        if (nilReturn && referrals.Count > 0)
        {
            findings.Add(FindingCodes.NilReturnMismatch, PcnSchema.Submission, null, "value", null,
                "nil_return is Y but the Referrals sheet has referrals. Please check which is right.");
        }
        if (!nilReturn && referrals.Count > 0 && inPost.Count == 0 && !posts.Any(p => p.Status == "LEFT"))
        {
            findings.Add(FindingCodes.NilReturnMismatch, PcnSchema.Referrals, null, null, null,
                "Referrals are reported but no link worker is in post this month. Please check the Workforce sheet.");
        }
        if (referrals.Count == 0) { return; }
        Unknowns(referrals, "age_band", r => r.AgeBand == "UNKNOWN", findings);
        Unknowns(referrals, "sex", r => r.Sex == "UNKNOWN", findings);
        Unknowns(referrals, "ethnic_group", r => r.EthnicGroup == "NOT_STATED", findings);
    }

    private static void Unknowns(IReadOnlyList<Referral> referrals, string column, Func<Referral, bool> unknown, FindingList findings)
    {
        var share = (double)referrals.Count(unknown) / referrals.Count;
        if (share > MaxUnknownShare)
        {
            findings.Add(FindingCodes.DemographicUnknown, PcnSchema.Referrals, null, column, null,
                $"{column} is unknown or not stated for {share:P0} of referrals (more than 20%). Recording it helps show who the service reaches.");
        }
    }
}
