namespace SpReporting.Reading;

/// <summary>
/// The upload cannot be read at all (FIL001) or breaks a size limit (FIL002) or a row limit (FIL005).
/// Thrown inside the readers only and turned into a finding at the edge; the message is plain English
/// and never contains cell content.
/// </summary>
public sealed class ReadFailure(string code, string message, string? sheet = null, int? row = null, string? column = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The sheet as it may be shown (a name without personal data, or its position).</summary>
    public string? Sheet { get; } = sheet;

    public int? Row { get; } = row;

    public string? Column { get; } = column;
}
