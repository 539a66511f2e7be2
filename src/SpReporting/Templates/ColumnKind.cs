namespace SpReporting.Templates;

/// <summary>What a template column holds: decides its cell format, its Excel validation and how a filled value is written.</summary>
public enum ColumnKind
{
    /// <summary>Free text, kept as text (never a formula).</summary>
    Text,

    /// <summary>A stable pseudonymous key such as <c>post_id</c>: letters, digits, <c>_</c> and <c>-</c>.</summary>
    Id,

    /// <summary>One code from a code list: a drop-down.</summary>
    Code,

    /// <summary>Several codes separated by <c>;</c>: Excel lists hold one value per cell, so no drop-down.</summary>
    MultiCode,

    /// <summary>A date, shown as <c>yyyy-mm-dd</c> and written as an Excel date.</summary>
    Date,

    /// <summary>A number that may have decimals, written as an Excel number with full precision.</summary>
    Decimal,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number from a short list or a text code (NoMAD items: 1–5 or <c>NR</c>): a drop-down.</summary>
    ScoreOrCode,
}
