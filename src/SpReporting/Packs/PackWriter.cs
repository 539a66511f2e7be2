using SpReporting.Packs.Content;
using SpReporting.Packs.Rendering;

namespace SpReporting.Packs;

/// <summary>
/// Writes an Excel pack for NHS England reviewers following the Analysis Function spreadsheet guidance (as ONS
/// gptables and aftables implement it): Cover, Contents, Notes, then one named table per sheet, every figure
/// published through disclosure control. The package is built in a temporary file (it is finished in place),
/// then copied to <paramref name="output"/>, which need not be seekable.
/// </summary>
public static class PackWriter
{
    public static void Write(PackInput input, Stream output) => WriteAsync(input, output).GetAwaiter().GetResult();

    public static Task WriteAsync(PackInput input, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(input, output, new SpreadCheetahRenderer(), cancellationToken);

    internal static async Task WriteAsync(PackInput input, Stream output, IPackRenderer renderer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Title);
        var document = PackContent.Build(input);
        var path = Path.Combine(Path.GetTempPath(), $"splw-pack-{Guid.NewGuid():N}.xlsx");
        await using var temp = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await renderer.RenderAsync(document, temp, cancellationToken);
        temp.Position = 0;
        await temp.CopyToAsync(output, cancellationToken);
    }
}
