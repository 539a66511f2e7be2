using SpReporting.Returns;

namespace SpReporting.Validation;

/// <summary>Identity checks that PCN and ICB returns share: schema version (SUB004), locked period (SUB005), lateness (SUB006).</summary>
internal static class SubmissionChecks
{
    public static void SchemaVersion(FieldSheet submission, string expected, FindingList findings)
    {
        var version = submission.Require("schema_version", findings);
        if (version is not null && version.Trim() != expected && version.Trim() != expected + ".0")
        {
            submission.Add(findings, FindingCodes.BadSchemaVersion, "schema_version", $"schema_version must be {expected}. Download the current template.");
        }
    }

    /// <param name="whoToAsk">Who can arrange a correction once the period is locked.</param>
    public static void Locked(ReturnKind kind, string period, string whoToAsk, ValidationContext context, FindingList findings)
    {
        if (!context.IsLocked(kind, period)) { return; }
        findings.Add(FindingCodes.PeriodLocked, null, null, null, period,
            $"{period} is locked after sign-off, so it can no longer be changed. Your upload is kept; contact {whoToAsk} if a correction is needed.");
    }

    /// <summary>Adds SUB006 and returns true when received after the due date; the return is still accepted.</summary>
    public static bool Late(DateTimeOffset due, ValidationContext context, FindingList findings)
    {
        if (context.ReceivedAt <= due) { return false; }
        findings.Add(FindingCodes.Late, null, null, null, null, $"Received after the due date ({due:d MMMM yyyy}). It is accepted and marked late.");
        return true;
    }
}
