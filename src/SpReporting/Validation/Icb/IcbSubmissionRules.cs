using SpReporting.Periods;
using SpReporting.Returns;
using SpReporting.Returns.Icb;

namespace SpReporting.Validation.Icb;

/// <summary>Who and when for an ICB quarterly return (SUB001–SUB006), as for PCN returns.</summary>
internal static class IcbSubmissionRules
{
    public static (bool KnownIcb, Quarter? Quarter, string? Role, bool Late) Check(FieldSheet? submission, UploadPath path, ValidationContext context, FindingList findings)
    {
        var known = context.Organisations.FindIcb(path.OrganisationCode) is not null;
        if (!known)
        {
            findings.Add(FindingCodes.BadOrganisation, null, null, null, path.OrganisationCode, "The ICB code in the upload path is not in the reference list of ICBs.");
        }
        Quarter? quarter = null;
        if (!Quarter.TryParse(path.Period, out var q))
        {
            findings.Add(FindingCodes.BadPeriod, null, null, null, path.Period, "The period in the upload path must be a financial quarter written yyyy-Qn, for example 2024-Q1 (April to June 2024).");
        }
        else if (q.LastMonth < Month.FirstPcnMonth || q.FirstMonth > context.CurrentMonth)
        {
            findings.Add(FindingCodes.BadPeriod, null, null, null, path.Period, "The quarter is before PCNs began (July 2019) or in the future.");
        }
        else
        {
            quarter = q;
        }
        string? role = null;
        if (submission is not null)
        {
            var code = submission.Require("icb_code", findings);
            if (code is not null && !string.Equals(code, path.OrganisationCode, StringComparison.OrdinalIgnoreCase))
            {
                submission.Add(findings, FindingCodes.PathMismatch, "icb_code", "icb_code in the file differs from the ICB code of the upload.");
            }
            var fileQuarter = submission.Require("quarter", findings);
            if (fileQuarter is not null && (!Quarter.TryParse(fileQuarter, out var fq) || fq.ToString() != path.Period))
            {
                submission.Add(findings, FindingCodes.PathMismatch, "quarter", "quarter in the file differs from the quarter of the upload (write it as yyyy-Qn).");
            }
            SubmissionChecks.SchemaVersion(submission, IcbSchema.SchemaVersion, findings);
            role = submission.Value("submitter_role");
            if (role is { Length: > 100 }) { role = role[..100]; }
        }
        if (quarter is { } q2) { SubmissionChecks.Locked(ReturnKind.Icb, q2.ToString(), "NHS England", context, findings); }
        var late = quarter is { } due && SubmissionChecks.Late(context.DueBy(due), context, findings);
        return (known, quarter, role, late);
    }
}
