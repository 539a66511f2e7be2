namespace SpReporting.Reading;

/// <summary>An upload's zip package: its bytes and the parts its central directory lists.</summary>
internal sealed class ZipPackage(ReadOnlyMemory<byte> content, IReadOnlyList<ZipPart> parts)
{
    public IReadOnlyList<ZipPart> Parts { get; } = parts;

    /// <summary>A part by its full name, exactly or else case-insensitively; null if absent.</summary>
    public ZipPart? Find(string name) =>
        Parts.FirstOrDefault(p => p.Name == name) ?? Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public Stream Open(ZipPart part, ExpansionBudget budget) => ZipGuard.OpenLimited(content, part, budget);
}
