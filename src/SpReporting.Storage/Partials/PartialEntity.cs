using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using SpReporting.Partials;
using SpReporting.Storage.Tables;

namespace SpReporting.Storage.Partials;

/// <summary>
/// How a PCN-month partial is stored. Component names may contain dots, which property names cannot,
/// so the components are one JSON object (name -> value), split across string properties by
/// <see cref="LargeText"/> when longer than one property holds.
/// </summary>
public static class PartialEntity
{
    private const string ComponentsProperty = "Components";

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static TableEntity ToEntity(string partition, string pcnCode, Partial partial, string uploadKey, string uploadId, string upload)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var e = new TableEntity(partition, KeyText.Encode(pcnCode))
        {
            ["PcnCode"] = pcnCode,
            ["UploadKey"] = uploadKey,
            ["UploadId"] = uploadId,
            ["Upload"] = upload,
            ["ComponentCount"] = partial.Sums.Count,
        };
        if (partial.FirstSplwStart is { } first)
        {
            e["FirstSplwStart"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        LargeText.Write(e, ComponentsProperty, JsonSerializer.Serialize(partial.Sums, Json));
        return e;
    }

    public static Partial FromEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var json = LargeText.Read(entity, ComponentsProperty) ?? "{}";
        var sums = JsonSerializer.Deserialize<Dictionary<string, double>>(json, Json) ?? [];
        var first = entity.GetString("FirstSplwStart") is { } s
            ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        return new Partial(sums, first);
    }
}
