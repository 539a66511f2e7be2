using SpReporting.Returns;
using SpReporting.Sampling;

namespace SpReporting.Storage.Running;

/// <summary>One file to upload: its blob name in <c>returns</c>, where it is on disk, and when it is meant to arrive.</summary>
public sealed record PlannedUpload(string BlobName, string FilePath, DateTimeOffset UploadAt);

/// <summary>A plan, and how many files under the folder were left out because they are not at a return path.</summary>
public sealed record UploadPlanResult(IReadOnlyList<PlannedUpload> Uploads, int NotReturns);

/// <summary>
/// Which files under a folder are uploads, and in what order: the times in <c>manifest.json</c> when
/// the folder is a sample (<c>spr sample</c>), else ordinal path order (so <c>return-v2</c> follows
/// <c>return-v1</c>), one millisecond apart from <paramref name="start"/>. Every planned file is at
/// a return path (<see cref="UploadPath"/>) inside the folder: a manifest path that is absolute,
/// climbs out with <c>..</c> or is not of the expected shape makes the whole folder bad input
/// (<see cref="RunInputException"/>); without a manifest, such files are left out and counted.
/// </summary>
public static class UploadPlan
{
    public static IReadOnlyList<PlannedUpload> From(string directory, DateTimeOffset start) => Read(directory, start).Uploads;

    public static UploadPlanResult Read(string directory, DateTimeOffset start)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root)) { throw new DirectoryNotFoundException($"There is no folder '{directory}'."); }
        if (File.Exists(Path.Combine(root, SampleManifest.FileName)))
        {
            return new UploadPlanResult(FromManifest(root), 0);
        }
        var names = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(n => !n.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var returns = names.Where(n => UploadPath.Check(n).Path is not null && Inside(root, n)).ToArray();
        return new UploadPlanResult(
            [.. returns.Select((n, i) => new PlannedUpload(n, Local(root, n), start.ToUniversalTime().AddMilliseconds(i)))],
            names.Length - returns.Length);
    }

    private static IReadOnlyList<PlannedUpload> FromManifest(string root)
    {
        SampleManifest manifest;
        try { manifest = SampleManifest.Read(root); }
        catch (FormatException e) { throw new RunInputException($"{e.Message} It must be as spr sample writes it."); }
        for (var i = 0; i < manifest.Files.Count; i++)
        {
            var path = manifest.Files[i].Path;
            var check = UploadPath.Check(path);
            if (check.Path is null || !Inside(root, path))
            {
                // The entry's number, not its text: a path may hold anything.
                throw new RunInputException($"{SampleManifest.FileName}, file {i + 1}: {check.Problem?.Message ?? "the path leaves the folder."} "
                    + "Paths in the manifest are relative to the folder, for example pcn/U12345/2024-03/return-v1.xlsx.");
            }
        }
        return StrictlyIncreasing([.. manifest.Files
            .OrderBy(f => f.UploadAt).ThenBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new PlannedUpload(f.Path, Local(root, f.Path), f.UploadAt.ToUniversalTime()))]);
    }

    private static string Local(string root, string blobName) => Path.Combine(root, blobName.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Whether the file named resolves inside the folder (a second guard behind the shape check).</summary>
    internal static bool Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Local(root, relative));
        return full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
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
