using SpReporting.Sampling;

namespace SpReporting.Storage.Running;

/// <summary>One file to upload: its blob name in <c>returns</c>, where it is on disk, and when it is meant to arrive.</summary>
public sealed record PlannedUpload(string BlobName, string FilePath, DateTimeOffset UploadAt);

/// <summary>
/// Which files under a folder are uploads, and in what order: the times in <c>manifest.json</c> when
/// the folder is a sample (<c>spr sample</c>), else ordinal path order (so <c>return-v2</c> follows
/// <c>return-v1</c>), one millisecond apart from <paramref name="start"/>.
/// </summary>
public static class UploadPlan
{
    public static IReadOnlyList<PlannedUpload> From(string directory, DateTimeOffset start)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root)) { throw new DirectoryNotFoundException($"There is no folder '{directory}'."); }
        if (File.Exists(Path.Combine(root, SampleManifest.FileName)))
        {
            var manifest = SampleManifest.Read(root);
            return StrictlyIncreasing([.. manifest.Files
                .OrderBy(f => f.UploadAt).ThenBy(f => f.Path, StringComparer.Ordinal)
                .Select(f => new PlannedUpload(f.Path, Path.Combine(root, f.Path.Replace('/', Path.DirectorySeparatorChar)), f.UploadAt.ToUniversalTime()))]);
        }
        var names = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(n => !n.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return [.. names.Select((n, i) => new PlannedUpload(n, Path.Combine(root, n.Replace('/', Path.DirectorySeparatorChar)), start.ToUniversalTime().AddMilliseconds(i)))];
    }

    /// <summary>
    /// Manifest times have whole seconds; two files in one second would be ordered by ingest's tie-break,
    /// not by the plan, so a tie moves the later file on by a millisecond.
    /// </summary>
    private static IReadOnlyList<PlannedUpload> StrictlyIncreasing(IReadOnlyList<PlannedUpload> plan)
    {
        var result = new List<PlannedUpload>(plan.Count);
        foreach (var u in plan)
        {
            var at = result.Count > 0 && u.UploadAt <= result[^1].UploadAt ? result[^1].UploadAt.AddMilliseconds(1) : u.UploadAt;
            result.Add(u with { UploadAt = at });
        }
        return result;
    }
}
