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

    public static SampleManifest Read(Stream input)
    {
        using var doc = JsonDocument.Parse(input);
        var root = doc.RootElement;
        var files = root.GetProperty("files").EnumerateArray().Select(f => new SampleFile(
            f.GetProperty("path").GetString()!,
            DateTimeOffset.Parse(f.GetProperty("uploadAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            f.GetProperty("kind").GetString()!,
            f.GetProperty("late").GetBoolean(),
            Optional(f, "expectedCode"), Optional(f, "replaces"), Optional(f, "note"))).ToArray();
        return new SampleManifest(
            root.GetProperty("seed").GetInt32(),
            Month.Parse(root.GetProperty("from").GetString()!),
            root.GetProperty("months").GetInt32(),
            DateTimeOffset.Parse(root.GetProperty("now").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            files,
            root.GetProperty("missing").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) { json.WriteNull(name); } else { json.WriteString(name, value); }
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
