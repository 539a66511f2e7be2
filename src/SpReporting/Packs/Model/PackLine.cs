namespace SpReporting.Packs.Model;

/// <summary>How a line above a table (or on the Cover) is styled. Style never carries meaning on its own.</summary>
internal enum LineKind
{
    Text,
    Heading,
}

/// <summary>One metadata line, written in column A (no merged cells).</summary>
internal sealed record PackLine(Noted Text, LineKind Kind = LineKind.Text)
{
    public static implicit operator PackLine(string text) => new(new Noted(text));
}
