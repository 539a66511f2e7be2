using SpReporting.Returns;

namespace SpReporting.Templates;

/// <summary>
/// One column of a template sheet (or one field of a field/value sheet): everything the template,
/// its validation, its guidance and the filled-file writer need to know, in one place.
/// </summary>
/// <param name="Required">As the guidance says it: <c>yes</c>, <c>no</c> or a condition such as <c>for IN_POST, LEFT</c>.</param>
/// <param name="Rules">Plain-English meaning and rules, shown on the Guidance sheet.</param>
/// <param name="Example">An example value, shown on the Guidance sheet only (data sheets stay blank).</param>
public sealed record ColumnSpec(string Name, ColumnKind Kind, string Required, string Rules, string Example)
{
    public const string Yes = "yes";
    public const string No = "no";

    public CodeList? Codes { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public int? MaxLength { get; init; }

    /// <summary>A value the blank template already holds (e.g. <c>schema_version</c> = 1).</summary>
    public string? Prefill { get; init; }

    /// <summary>Overrides the type text derived from <see cref="Kind"/> (e.g. <c>yyyy-MM</c> for a period).</summary>
    public string? TypeText { get; init; }

    /// <summary>Overrides the "allowed values" text derived from the code list, range or length.</summary>
    public string? AllowedText { get; init; }

    public bool IsNumeric => Kind is ColumnKind.Decimal or ColumnKind.Integer or ColumnKind.ScoreOrCode;

    /// <summary>Excel number format of the column: text for codes and identifiers so Excel never turns <c>2024-03</c> or <c>0-17</c> into a date.</summary>
    public string NumberFormat => Kind switch
    {
        ColumnKind.Date => "yyyy-mm-dd",
        ColumnKind.Integer => "0",
        ColumnKind.Decimal or ColumnKind.ScoreOrCode => "General",
        _ => "@",
    };

    /// <summary>Column width in characters, set explicitly (auto-fit needs a graphics library on Linux).</summary>
    public double Width
    {
        get
        {
            if (MaxLength > 255) { return 100; }
            var longestCode = Codes?.Codes.Max(c => c.Length) ?? 0;
            var widest = Math.Max(Math.Max(Name.Length, Example.Length), longestCode);
            return Math.Clamp(widest + 4, 10, 48);
        }
    }

    public static ColumnSpec Text(string name, string required, int maxLength, string rules, string example) =>
        new(name, ColumnKind.Text, required, rules, example) { MaxLength = maxLength };

    public static ColumnSpec Id(string name, int maxLength, string rules, string example) =>
        new(name, ColumnKind.Id, Yes, rules, example) { MaxLength = maxLength };

    public static ColumnSpec Code(string name, CodeList codes, string required, string rules, string example) =>
        new(name, ColumnKind.Code, required, rules, example) { Codes = codes };

    public static ColumnSpec MultiCode(string name, CodeList codes, string required, string rules, string example) =>
        new(name, ColumnKind.MultiCode, required, rules, example) { Codes = codes, MaxLength = 1000 };

    public static ColumnSpec Date(string name, string required, string rules, string example) =>
        new(name, ColumnKind.Date, required, rules, example);

    public static ColumnSpec Decimal(string name, string required, double min, double? max, string rules, string example) =>
        new(name, ColumnKind.Decimal, required, rules, example) { Min = min, Max = max };

    public static ColumnSpec Integer(string name, string required, int min, int? max, string rules, string example) =>
        new(name, ColumnKind.Integer, required, rules, example) { Min = min, Max = max };
}
