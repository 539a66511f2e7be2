using System.Text.Json;
using System.Text.Json.Serialization;
using SpReporting.Periods;

namespace SpReporting.Storage.Curated;

/// <summary>A month as <c>"2024-03"</c>, as everywhere else in the project.</summary>
public sealed class MonthJsonConverter : JsonConverter<Month>
{
    public override Month Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Month.TryParse(reader.GetString(), out var m) ? m : throw new JsonException("A month must be written yyyy-MM.");

    public override void Write(Utf8JsonWriter writer, Month value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>A financial quarter as <c>"2024-Q1"</c>.</summary>
public sealed class QuarterJsonConverter : JsonConverter<Quarter>
{
    public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Quarter.TryParse(reader.GetString(), out var q) ? q : throw new JsonException("A quarter must be written yyyy-Qn.");

    public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
