using SpReporting.Returns;
using SpReporting.Validation;

namespace SpReporting.Storage.Ingest;

/// <summary>Outcomes ingest makes itself, when the validator cannot be asked or did not finish.</summary>
internal static class FailureOutcomes
{
    private static readonly IReadOnlyDictionary<string, int> NoCounts = new Dictionary<string, int>();

    /// <summary>The path is not <c>pcn/{code}/{yyyy-MM}/{file}</c> or <c>icb/{code}/{yyyy-Qn}/{file}</c>: the submitter cannot be identified.</summary>
    public static ValidationOutcome UnparseablePath(UploadPathProblem problem)
    {
        var findings = new FindingList();
        findings.Add(problem.Code, null, null, null, null,
            $"{problem.Message} Upload the file to your organisation's folder for the period, for example pcn/U12345/2024-03/return.xlsx.");
        return new ValidationOutcome(findings, NoCounts, false);
    }

    /// <summary>The receipt's next step when the failure is the pipeline's, not the file's.</summary>
    public const string NotProcessedNextStep = "Nothing to do yet: the upload will be processed again automatically, and this receipt replaced.";

    /// <summary>Something on the pipeline's side failed: say so plainly, and that it will be retried.</summary>
    public static ValidationOutcome NotProcessed()
    {
        var findings = new FindingList();
        findings.Add(FindingCodes.NotReadable, null, null, null, null,
            "The upload was received but could not be processed because of a problem on our side. It will be retried automatically; "
            + "if this receipt has not changed within a day, contact the collection team. You do not need to upload it again.");
        return new ValidationOutcome(findings, NoCounts, false);
    }
}
