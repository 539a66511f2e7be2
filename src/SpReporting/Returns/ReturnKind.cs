namespace SpReporting.Returns;

/// <summary>Which collection an upload belongs to; the first segment of its blob path.</summary>
public enum ReturnKind
{
    /// <summary>PCN monthly return, <c>pcn/{code}/{yyyy-MM}/{file}</c>.</summary>
    Pcn,

    /// <summary>ICB quarterly return, <c>icb/{code}/{yyyy-Qn}/{file}</c>.</summary>
    Icb,
}
