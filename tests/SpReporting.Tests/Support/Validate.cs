using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Validation;

namespace SpReporting.Tests.Support;

/// <summary>Runs the real validator as ingest would, received on 5 April 2024 unless told otherwise.</summary>
public static class Validate
{
    public static readonly DateTimeOffset OnTime = new(2024, 4, 5, 10, 0, 0, TimeSpan.Zero);

    public static ValidationOutcome Bytes(byte[] content, string fileName = "return.zip", string? path = null,
        DateTimeOffset? received = null, Func<ValidationContext, ValidationContext>? configure = null)
    {
        var context = new ValidationContext(OrganisationRegistry.Default, received ?? OnTime);
        if (configure is not null) { context = configure(context); }
        var upload = UploadPath.Parse(path ?? $"pcn/{ReturnBuilder.Pcn}/{ReturnBuilder.Period}/{fileName}");
        using var stream = new MemoryStream(content);
        return new ReturnValidator(context).Validate(stream, upload);
    }

    public static ValidationOutcome Zip(ReturnBuilder b, string? path = null, DateTimeOffset? received = null, Func<ValidationContext, ValidationContext>? configure = null) =>
        Bytes(b.ToZip(), "return.zip", path, received, configure);

    public static ValidationOutcome Xlsx(ReturnBuilder b, string? path = null, DateTimeOffset? received = null) =>
        Bytes(b.ToXlsx(), "return.xlsx", path?.Replace(".zip", ".xlsx", StringComparison.Ordinal), received);

    public static string Describe(ValidationOutcome o) =>
        string.Join("\n", o.Findings.Shown.Select(f => $"{f.Code} {f.Sheet} r{f.Row} {f.Column}: {f.Message}"));
}
