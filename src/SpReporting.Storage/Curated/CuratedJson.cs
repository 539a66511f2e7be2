using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpReporting.Storage.Curated;

/// <summary>
/// JSON for curated records: camelCase, compact, periods as text, nulls left out. Deterministic for
/// the same record, so re-ingesting an upload rewrites the same bytes.
/// </summary>
public static class CuratedJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new MonthJsonConverter(), new QuarterJsonConverter() },
    };

    public static string Serialize(CuratedRecord record) => JsonSerializer.Serialize(record, Options);

    public static CuratedRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<CuratedRecord>(json, Options) ?? throw new JsonException("A curated record cannot be null.");
}
