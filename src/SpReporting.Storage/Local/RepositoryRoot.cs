namespace SpReporting.Storage.Local;

/// <summary>
/// Finds the repository checkout a program runs from: the folder with package.json, its lock file and
/// node_modules (a Functions build output carries package.json and a few assets, but no lock file).
/// </summary>
public static class RepositoryRoot
{
    public static string? Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "package-lock.json"))
                && Directory.Exists(Path.Combine(dir.FullName, "node_modules")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
