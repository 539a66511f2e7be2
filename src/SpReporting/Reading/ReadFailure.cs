namespace SpReporting.Reading;

/// <summary>
/// The upload cannot be read at all (FIL001) or breaks a size limit (FIL002) or a row limit (FIL005).
/// Thrown inside the readers only and turned into a finding at the edge; the message is plain English
/// and never contains cell content.
/// </summary>
public sealed class ReadFailure(string code, string message, string? sheet = null) : Exception(message)
{
    public string Code { get; } = code;
    public string? Sheet { get; } = sheet;
}
