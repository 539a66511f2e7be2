namespace SpReporting.Reading;

/// <summary>One file inside an upload's zip package as its central directory declares it.</summary>
internal sealed record ZipPart(string Name, int Method, int Flags, long CompressedSize, long Size, long LocalHeaderOffset);
