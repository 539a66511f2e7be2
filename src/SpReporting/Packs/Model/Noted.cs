namespace SpReporting.Packs.Model;

/// <summary>Text followed by <c>[note n]</c> markers for the notes it refers to (by key; numbered per pack).</summary>
internal sealed record Noted(string Text, params string[] Notes)
{
    public static implicit operator Noted(string text) => new(text);
}
