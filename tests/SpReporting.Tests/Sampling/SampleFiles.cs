using SpReporting.Reading;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Sampling;
using SpReporting.Validation;

namespace SpReporting.Tests.Sampling;

/// <summary>A sample written to a temporary folder, read back the way the pipeline reads uploads.</summary>
public sealed class SampleFiles : IDisposable
{
    public SampleFiles(SampleOptions options)
    {
        Directory = Path.Combine(Path.GetTempPath(), "spr-sample-" + Guid.NewGuid().ToString("N"));
        Options = options;
        Summary = SampleWriter.Write(options, OrganisationRegistry.Default, Directory);
        Manifest = SampleManifest.Read(Directory);
    }

    public string Directory { get; }
    public SampleOptions Options { get; }
    public SampleSummary Summary { get; }
    public SampleManifest Manifest { get; }

    public string FullPath(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));

    public Workbook Read(string relative)
    {
        using var stream = File.OpenRead(FullPath(relative));
        return UploadReader.Read(stream, Path.GetExtension(relative), ReadLimits.Default);
    }

    public ValidationOutcome Validate(SampleFile file)
    {
        using var stream = File.OpenRead(FullPath(file.Path));
        return new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, file.UploadAt)).Validate(stream, UploadPath.Parse(file.Path));
    }

    /// <summary>The file that counts for each folder: the last one that is not meant to be rejected.</summary>
    public IReadOnlyDictionary<string, SampleFile> CurrentFiles() =>
        Manifest.Files.Where(f => f.Kind != SampleFileKind.Invalid)
            .GroupBy(f => f.Path[..f.Path.LastIndexOf('/')])
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Path, StringComparer.Ordinal).Last());

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
