using SpReporting.Returns;

namespace SpReporting.Validation;

/// <summary>
/// The one entry point for validating an upload, used by ingest and by <c>spr validate</c> alike,
/// so offline validation is exactly what ingest does. Never throws on bad content: whatever the
/// bytes, the outcome has findings that say what is wrong.
/// </summary>
public sealed class ReturnValidator(ValidationContext context)
{
    public ValidationContext Context { get; } = context;

    public ValidationOutcome Validate(Stream content, UploadPath path) =>
        throw new NotImplementedException();
}
