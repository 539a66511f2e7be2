using Azure.Data.Tables;

namespace SpReporting.Storage.Tables;

/// <summary>
/// Stores text longer than one 64 KiB string property across numbered properties
/// (<c>Name0</c>, <c>Name1</c>, ... with <c>NameParts</c>), never splitting a surrogate pair.
/// </summary>
public static class LargeText
{
    /// <summary>Below the 32,768-character limit, with room to spare.</summary>
    public const int ChunkChars = 30_000;

    public static void Write(TableEntity entity, string name, string text)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(text);
        var parts = 0;
        for (var start = 0; start < text.Length || parts == 0; parts++)
        {
            var length = Math.Min(ChunkChars, text.Length - start);
            if (length > 0 && start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) { length--; }
            entity[$"{name}{parts}"] = text.Substring(start, length);
            start += length;
        }
        entity[$"{name}Parts"] = parts;
    }

    public static string? Read(TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var parts = entity.GetInt32($"{name}Parts");
        if (parts is null) { return null; }
        return string.Concat(Enumerable.Range(0, parts.Value).Select(i => entity.GetString($"{name}{i}") ?? ""));
    }
}
