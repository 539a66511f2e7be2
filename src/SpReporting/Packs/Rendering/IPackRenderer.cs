using SpReporting.Packs.Model;

namespace SpReporting.Packs.Rendering;

/// <summary>Writes a pack document as an .xlsx package to a seekable stream (packages are finished in place).</summary>
internal interface IPackRenderer
{
    Task RenderAsync(PackDocument document, Stream output, CancellationToken cancellationToken);
}
