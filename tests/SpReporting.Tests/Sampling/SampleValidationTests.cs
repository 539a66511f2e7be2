using SpReporting.Sampling;
using SpReporting.Validation;

namespace SpReporting.Tests.Sampling;

/// <summary>The sample through the real validator: good files are accepted, spoiled ones get the finding recorded for them.</summary>
[Collection(ModerateSampleCollection.Name)]
public sealed class SampleValidationTests(ModerateSample sample)
{
    private SampleFiles S => sample.Files;

    [Fact]
    public void Valid_returns_validate_without_errors_and_invalid_ones_get_their_recorded_code()
    {
        var problems = new List<string>();
        int accepted = 0, rejected = 0;
        foreach (var file in S.Manifest.Files)
        {
            var outcome = S.Validate(file);
            var errors = outcome.Findings.Shown.Where(f => f.Severity == Severity.Error).ToArray();
            if (file.Kind == SampleFileKind.Invalid)
            {
                rejected++;
                if (outcome.Accepted || !outcome.Findings.Shown.Any(f => f.Code == file.ExpectedCode))
                {
                    problems.Add($"{file.Path} ({file.Note}) should get {file.ExpectedCode}, got {string.Join(", ", errors.Select(e => e.Code))}");
                }
                continue;
            }
            accepted++;
            if (!outcome.Accepted)
            {
                problems.Add($"{file.Path} rejected: {string.Join("; ", errors.Take(3).Select(e => $"{e.Code} {e.Sheet} row {e.Row} {e.Column}: {e.Message}"))}");
            }
            Assert.Equal(file.Late, outcome.Late);
            Assert.Equal(file.Late, outcome.Findings.Shown.Any(f => f.Code == FindingCodes.Late));
        }
        Assert.Empty(problems);
        Assert.True(accepted > 1000 && rejected > 5, $"{accepted} accepted, {rejected} rejected");
    }
}
