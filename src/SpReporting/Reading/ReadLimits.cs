namespace SpReporting.Reading;

/// <summary>
/// Limits from RETURNS.md (FIL002, FIL005), checked before and while anything is expanded, so a
/// hostile file costs little. Immutable; tests and benchmarks may narrow them.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;
    public long MaxExpandedBytes { get; init; } = 200L * 1024 * 1024;
    public double MaxCompressionRatio { get; init; } = 100;
    public int MaxDataRows { get; init; } = 50_000;
    public int MaxColumns { get; init; } = 200;
    public int MaxCellChars { get; init; } = 32_767;
}
