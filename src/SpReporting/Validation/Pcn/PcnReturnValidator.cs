using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>Validates a PCN monthly return already read into sheets, every rule in one pass.</summary>
internal static class PcnReturnValidator
{
    /// <remarks>A return without Utilisation rows carries none (null), so a version 1 return is curated exactly as before.</remarks>
    public static ValidationOutcome Validate(Workbook workbook, UploadPath path, ValidationContext context, FindingList findings)
    {
        // Utilisation rows describe a person's health-service use, so they are guarded like referral rows.
        PersonalDataGuard.Scan(workbook, [PcnSchema.Referrals, PcnSchema.Utilisation], findings);

        var submissionSheet = SheetShape.Require(workbook, PcnSchema.Submission, findings);
        var workforceSheet = SheetShape.Require(workbook, PcnSchema.Workforce, findings);
        var referralSheet = SheetShape.Require(workbook, PcnSchema.Referrals, findings);
        var implementationSheet = workbook.Find(PcnSchema.Implementation);
        var utilisationSheet = workbook.Find(PcnSchema.Utilisation);

        var submission = submissionSheet is null ? null : FieldSheet.Read(submissionSheet, PcnSchema.SubmissionFields, findings);
        var identity = PcnSubmissionRules.Check(submission, path, context, findings);

        var posts = workforceSheet is null ? [] : WorkforceRules.Check(workforceSheet, identity.Period, findings);
        var referrals = referralSheet is null ? [] : ReferralRules.Check(referralSheet, identity.Period, findings);
        var implementation = implementationSheet is null ? [] : ImplementationRules.Check(implementationSheet, findings);
        var utilisation = utilisationSheet is null ? [] : Utilisation(utilisationSheet, identity, submission, findings);
        ConsistencyRules.Check(identity.NilReturn, posts, referrals, findings);

        var counts = new Dictionary<string, int>
        {
            ["posts"] = workforceSheet?.Rows.Count ?? 0,
            ["referrals"] = referralSheet?.Rows.Count ?? 0,
            ["referralsReceived"] = identity.Period is { } p ? referrals.Count(r => p.Contains(r.ReferralDate)) : 0,
            ["closures"] = identity.Period is { } p2 ? referrals.Count(r => r.ClosedDate is { } c && p2.Contains(c)) : 0,
            ["implementationRespondents"] = implementationSheet?.Rows.Count ?? 0,
        };
        if (utilisationSheet is not null) { counts["utilisation"] = utilisationSheet.Rows.Count; }
        var accepted = !findings.HasErrors && identity.Period is not null;
        var pcnReturn = accepted
            ? new PcnReturn(path.OrganisationCode, identity.Period!.Value, identity.NilReturn, identity.SubmitterRole, posts, referrals, implementation,
                utilisation.Count > 0 ? utilisation : null)
            : null;
        return new ValidationOutcome(findings, counts, identity.Late, PcnReturn: pcnReturn);
    }

    /// <summary>
    /// A version 1 return has no Utilisation sheet; one with rows in it is refused (SUB004) rather than
    /// dropped, so that counts a practice ran are never silently lost. A header-only sheet is ignored.
    /// </summary>
    private static List<UtilisationRow> Utilisation(Sheet sheet, PcnSubmissionRules.Identity identity, FieldSheet? submission, FindingList findings)
    {
        if (identity.SchemaVersion == PcnSchema.SchemaVersion1)
        {
            if (sheet.Rows.Count > 0)
            {
                submission?.Add(findings, FindingCodes.BadSchemaVersion, "schema_version",
                    "The return has a Utilisation sheet with rows, which needs schema_version 2. Set schema_version to 2, or use the current template.");
            }
            return [];
        }
        return UtilisationRules.Check(sheet, identity.Period, findings);
    }
}
