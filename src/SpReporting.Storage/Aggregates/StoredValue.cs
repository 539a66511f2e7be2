using System.Text.Json;
using System.Text.Json.Serialization;
using SpReporting.Metrics;

namespace SpReporting.Storage.Aggregates;

/// <summary>A metric value in its stored form: short property names, nulls left out, metric id implied by position.</summary>
internal sealed record StoredValue
{
    public static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    [JsonPropertyName("v")] public double? Value { get; init; }
    [JsonPropertyName("n")] public double? Numerator { get; init; }
    [JsonPropertyName("d")] public double? Denominator { get; init; }
    [JsonPropertyName("l")] public double? Lower { get; init; }
    [JsonPropertyName("u")] public double? Upper { get; init; }
    [JsonPropertyName("t")] public string? Label { get; init; }
    [JsonPropertyName("p")] public double? People { get; init; }
    [JsonPropertyName("sv")] public string? Variation { get; init; }
    [JsonPropertyName("sa")] public string? Assurance { get; init; }
    [JsonPropertyName("ce")] public string? ComparedToEngland { get; init; }
    [JsonPropertyName("cp")] public string? ComparedToParent { get; init; }

    public static StoredValue From(MetricValue v) => new()
    {
        Value = v.Value, Numerator = v.Numerator, Denominator = v.Denominator, Lower = v.Lower, Upper = v.Upper, Label = v.Label,
        People = v.People, Variation = v.Variation, Assurance = NullIfEmpty(v.Assurance), ComparedToEngland = v.ComparedToEngland,
        ComparedToParent = v.ComparedToParent,
    };

    public MetricValue ToValue(string metricId) => new(metricId, Value, Numerator, Denominator, Lower, Upper, Label)
    {
        People = People, Variation = Variation, Assurance = Assurance, ComparedToEngland = ComparedToEngland, ComparedToParent = ComparedToParent,
    };

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
