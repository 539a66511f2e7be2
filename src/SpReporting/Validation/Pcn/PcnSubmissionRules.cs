using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>
/// Who and when (SUB001–SUB006; SUB004 accepts schema version 1 or 2): the path is the submitter's identity, so the code and period in the
/// file must equal the path's; the PCN must be in the reference list and open; the period must be a
/// real, past-or-current month from July 2019, not locked; and lateness is judged against the due date.
/// </summary>
internal static class PcnSubmissionRules
{
    public sealed record Identity(Organisation? Pcn, Month? Period, bool NilReturn, string? SubmitterRole, bool Late)
    {
        /// <summary>The schema version given, when it is one that is accepted.</summary>
        public string? SchemaVersion { get; init; }
    }

    public static Identity Check(FieldSheet? submission, UploadPath path, ValidationContext context, FindingList findings)
    {
        var pcn = context.Organisations.FindPcn(path.OrganisationCode);
        if (!PcnCode(path.OrganisationCode))
        {
            findings.Add(FindingCodes.BadOrganisation, null, null, null, path.OrganisationCode,
                "The PCN code in the upload path is not a PCN code (U followed by 5 digits).");
        }
        else if (pcn is null)
        {
            findings.Add(FindingCodes.BadOrganisation, null, null, null, path.OrganisationCode,
                "The PCN code in the upload path is not in the reference list of PCNs.");
        }

        Month? period = null;
        if (!Month.TryParse(path.Period, out var month))
        {
            findings.Add(FindingCodes.BadPeriod, null, null, null, path.Period, "The period in the upload path must be a month written yyyy-MM, for example 2024-03.");
        }
        else if (month < Month.FirstPcnMonth)
        {
            findings.Add(FindingCodes.BadPeriod, null, null, null, path.Period, "The period is before July 2019, when PCNs began.");
        }
        else if (month > context.CurrentMonth)
        {
            findings.Add(FindingCodes.BadPeriod, null, null, null, path.Period, "The period is in the future. A return can be made once its month has started.");
        }
        else
        {
            period = month;
        }

        if (pcn is not null && period is { } p && !pcn.IsOpenIn(p))
        {
            findings.Add(FindingCodes.BadOrganisation, null, null, null, path.OrganisationCode,
                $"This PCN was not open in {p} according to the reference list, so no return is expected for it.");
        }

        var nil = false;
        string? role = null;
        string? version = null;
        if (submission is not null)
        {
            var fileCode = submission.Require("pcn_code", findings);
            if (fileCode is not null && !string.Equals(fileCode, path.OrganisationCode, StringComparison.OrdinalIgnoreCase))
            {
                submission.Add(findings, FindingCodes.PathMismatch, "pcn_code", "pcn_code in the file differs from the PCN code of the upload. Upload the return to your own PCN's folder, or correct the code.");
            }
            var filePeriod = submission.Require("period", findings);
            if (filePeriod is not null)
            {
                if (!Month.TryParse(filePeriod, out var fp))
                {
                    submission.Add(findings, FindingCodes.BadPeriod, "period", "period must be a month written yyyy-MM, for example 2024-03.");
                }
                else if (fp.ToString() != path.Period)
                {
                    submission.Add(findings, FindingCodes.PathMismatch, "period", "period in the file differs from the period of the upload. Upload it to the right month, or correct the period.");
                }
            }
            version = SubmissionChecks.SchemaVersion(submission, PcnSchema.AcceptedVersions, findings);
            var nilText = submission.Require("nil_return", findings);
            if (nilText is not null)
            {
                if (CodeLists.YesNo.TryMatch(nilText, out var yn)) { nil = yn == "Y"; }
                else { submission.Add(findings, FindingCodes.NotInCodeList, "nil_return", "nil_return must be Y or N."); }
            }
            role = submission.Value("submitter_role");
            if (role is not null && role.Length > 100)
            {
                submission.Add(findings, FindingCodes.Unreadable, "submitter_role", "submitter_role must be at most 100 characters (a role, not a name).");
                role = null;
            }
        }

        if (period is { } p2) { SubmissionChecks.Locked(ReturnKind.Pcn, p2.ToString(), "your ICB", context, findings); }
        var late = period is { } due && SubmissionChecks.Late(context.DueBy(due), context, findings);
        return new Identity(pcn, period, nil, role, late) { SchemaVersion = version };
    }

    private static bool PcnCode(string code) => code.Length == 6 && code[0] == 'U' && code.AsSpan(1).ContainsAnyExceptInRange('0', '9') == false;
}
