using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpReporting.Receipts;

/// <summary>The receipt's JSON form: camelCase names, snake_case status and severity words.</summary>
public static class ReceiptJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Plain text in receipts shown to people; still valid JSON, and never rendered as HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(Receipt receipt) => JsonSerializer.Serialize(receipt, Options);

    public static Receipt? Deserialize(string json) => JsonSerializer.Deserialize<Receipt>(json, Options);
}
