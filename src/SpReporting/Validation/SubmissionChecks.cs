using SpReporting.Returns;

namespace SpReporting.Validation;

/// <summary>Identity checks that PCN and ICB returns share: schema version (SUB004), locked period (SUB005), lateness (SUB006).</summary>
internal static class SubmissionChecks
{
    public static void SchemaVersion(FieldSheet submission, string expected, FindingList findings) =>
        SchemaVersion(submission, [expected], findings);

    /// <summary>The accepted version given (<c>2</c> and <c>2.0</c> alike), or null after SUB004 or VAL001.</summary>
    public static string? SchemaVersion(FieldSheet submission, IReadOnlyList<string> accepted, FindingList findings)
    {
        var version = submission.Require("schema_version", findings);
        if (version is null) { return null; }
        var match = accepted.FirstOrDefault(v => version.Trim() == v || version.Trim() == v + ".0");
        if (match is null)
        {
            submission.Add(findings, FindingCodes.BadSchemaVersion, "schema_version",
                $"schema_version must be {string.Join(" or ", accepted)}. Download the current template.");
        }
        return match;
    }

    /// <param name="whoToAsk">Who can arrange a correction once the period is locked.</param>
    public static void Locked(ReturnKind kind, string period, string whoToAsk, ValidationContext context, FindingList findings)
    {
        if (!context.IsLocked(kind, period)) { return; }
        findings.Add(FindingCodes.PeriodLocked, null, null, null, period,
            $"{period} is locked after sign-off, so it can no longer be changed. Your upload is kept; contact {whoToAsk} if a correction is needed.");
    }

    /// <summary>
    /// Adds SUB006 and returns true when received after the due date. The message is true whatever
    /// the outcome (a late upload may also be rejected), so it says what lateness means, not that it was accepted.
    /// Offline validation without a receipt time does not judge lateness at all.
    /// </summary>
    public static bool Late(DateTimeOffset due, ValidationContext context, FindingList findings)
    {
        if (!context.JudgeLateness || context.ReceivedAt <= due) { return false; }
        findings.Add(FindingCodes.Late, null, null, null, null,
            $"Received after the due date ({due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}), so this upload is counted as late. Nothing in the file needs changing for this.");
        return true;
    }
}
