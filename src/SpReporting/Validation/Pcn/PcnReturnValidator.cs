using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>Validates a PCN monthly return already read into sheets, every rule in one pass.</summary>
internal static class PcnReturnValidator
{
    public static ValidationOutcome Validate(Workbook workbook, UploadPath path, ValidationContext context, FindingList findings)
    {
        PersonalDataGuard.Scan(workbook, PcnSchema.Referrals, findings);

        var submissionSheet = SheetShape.Require(workbook, PcnSchema.Submission, findings);
        var workforceSheet = SheetShape.Require(workbook, PcnSchema.Workforce, findings);
        var referralSheet = SheetShape.Require(workbook, PcnSchema.Referrals, findings);
        var implementationSheet = workbook.Find(PcnSchema.Implementation);

        var submission = submissionSheet is null ? null : FieldSheet.Read(submissionSheet, PcnSchema.SubmissionFields, findings);
        var identity = PcnSubmissionRules.Check(submission, path, context, findings);

        var posts = workforceSheet is null ? [] : WorkforceRules.Check(workforceSheet, identity.Period, findings);
        var referrals = referralSheet is null ? [] : ReferralRules.Check(referralSheet, identity.Period, findings);
        var implementation = implementationSheet is null ? [] : ImplementationRules.Check(implementationSheet, findings);
        ConsistencyRules.Check(identity.NilReturn, posts, referrals, findings);

        var counts = new Dictionary<string, int>
        {
            ["posts"] = workforceSheet?.Rows.Count ?? 0,
            ["referrals"] = referralSheet?.Rows.Count ?? 0,
            ["referralsReceived"] = identity.Period is { } p ? referrals.Count(r => p.Contains(r.ReferralDate)) : 0,
            ["closures"] = identity.Period is { } p2 ? referrals.Count(r => r.ClosedDate is { } c && p2.Contains(c)) : 0,
            ["implementationRespondents"] = implementationSheet?.Rows.Count ?? 0,
        };
        var accepted = !findings.HasErrors && identity.Period is not null;
        var pcnReturn = accepted
            ? new PcnReturn(path.OrganisationCode, identity.Period!.Value, identity.NilReturn, identity.SubmitterRole, posts, referrals, implementation)
            : null;
        return new ValidationOutcome(findings, counts, identity.Late, PcnReturn: pcnReturn);
    }
}
