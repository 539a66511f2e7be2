using System.Globalization;
using System.Text.Json;
using SpReporting.Periods;

namespace SpReporting.Sampling;

/// <summary>The kinds of file a sample holds, as written in <c>manifest.json</c>.</summary>
public static class SampleFileKind
{
    /// <summary>A first upload that should be accepted, on time.</summary>
    public const string Valid = "valid";

    /// <summary>A first upload that should be accepted but arrives after the due date (finding SUB006).</summary>
    public const string Late = "late";

    /// <summary>An upload that validation must reject with <see cref="SampleFile.ExpectedCode"/>.</summary>
    public const string Invalid = "invalid";

    /// <summary>A later version for the same period, replacing an accepted or rejected earlier one.</summary>
    public const string Resubmission = "resubmission";
}

/// <summary>
/// One file of a sample: where it goes (its blob path under <c>returns</c>), when it is meant to be uploaded,
/// and what validation should make of it.
/// </summary>
public sealed record SampleFile(string Path, DateTimeOffset UploadAt, string Kind, bool Late, string? ExpectedCode, string? Replaces, string? Note);

/// <summary>
/// <c>manifest.json</c> at the root of a sample: every file with its intended upload time and kind, and the
/// returns deliberately left missing. Within one folder, files are named <c>return-v1</c>, <c>return-v2</c>, ...
/// so that ordinal name order is upload order too.
/// </summary>
public sealed record SampleManifest(int Seed, Month From, int Months, DateTimeOffset Now, IReadOnlyList<SampleFile> Files, IReadOnlyList<string> Missing)
{
    public const string FileName = "manifest.json";

    public void Write(Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("description", "Synthetic returns made by spr sample. Upload files in order of uploadAt (within a folder, ordinal name order is the same order).");
        json.WriteNumber("seed", Seed);
        json.WriteString("from", From.ToString());
        json.WriteNumber("months", Months);
        json.WriteString("now", Iso(Now));
        json.WriteStartArray("files");
        foreach (var f in Files)
        {
            json.WriteStartObject();
            json.WriteString("path", f.Path);
            json.WriteString("uploadAt", Iso(f.UploadAt));
            json.WriteString("kind", f.Kind);
            json.WriteBoolean("late", f.Late);
            WriteOptional(json, "expectedCode", f.ExpectedCode);
            WriteOptional(json, "replaces", f.Replaces);
            WriteOptional(json, "note", f.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("missing");
        foreach (var m in Missing) { json.WriteStringValue(m); }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static SampleManifest Read(string sampleDirectory)
    {
        using var stream = File.OpenRead(Path.Combine(sampleDirectory, FileName));
        return Read(stream);
    }

    /// <summary>Reads a manifest; one that is not JSON, or lacks a field, is a <see cref="FormatException"/> naming it.</summary>
    public static SampleManifest Read(Stream input)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(input); }
        catch (JsonException) { throw new FormatException($"{FileName} is not valid JSON."); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { throw new FormatException($"{FileName} is not a JSON object."); }
            var files = Required(root, "files", JsonValueKind.Array).EnumerateArray().Select((f, i) => new SampleFile(
                Text(f, "path", i),
                Time(f, "uploadAt", i),
                Text(f, "kind", i),
                Required(f, "late", JsonValueKind.True, i).GetBoolean(),
                Optional(f, "expectedCode"), Optional(f, "replaces"), Optional(f, "note"))).ToArray();
            return new SampleManifest(
                Number(root, "seed"),
                Month.TryParse(Text(root, "from"), out var from) ? from : throw new FormatException($"{FileName}: 'from' is not a month written yyyy-MM."),
                Number(root, "months"),
                Time(root, "now"),
                files,
                Required(root, "missing", JsonValueKind.Array).EnumerateArray()
                    .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new FormatException($"{FileName}: 'missing' must list paths as text.")).ToArray());
        }
    }

    /// <summary>The property, of the kind wanted (<see cref="JsonValueKind.True"/> standing for either boolean), or a message naming it.</summary>
    private static JsonElement Required(JsonElement e, string name, JsonValueKind kind, int? file = null)
    {
        var where = file is { } i ? $"{FileName}, file {i + 1}" : FileName;
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) { throw new FormatException($"{where} has no '{name}'."); }
        var ok = kind == JsonValueKind.True ? v.ValueKind is JsonValueKind.True or JsonValueKind.False : v.ValueKind == kind;
        return ok ? v : throw new FormatException($"{where}: '{name}' is not {(kind == JsonValueKind.True ? "true or false" : kind.ToString().ToLowerInvariant())}.");
    }

    private static string Text(JsonElement e, string name, int? file = null) => Required(e, name, JsonValueKind.String, file).GetString()!;

    private static int Number(JsonElement e, string name) =>
        Required(e, name, JsonValueKind.Number).TryGetInt32(out var n) ? n : throw new FormatException($"{FileName}: '{name}' is not a whole number.");

    private static DateTimeOffset Time(JsonElement e, string name, int? file = null) =>
        DateTimeOffset.TryParse(Text(e, name, file), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t : throw new FormatException($"{(file is { } i ? $"{FileName}, file {i + 1}" : FileName)}: '{name}' is not a date and time.");

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) { json.WriteNull(name); } else { json.WriteString(name, value); }
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
