namespace SpReporting.BrowserTests.Support;

/// <summary>tests/SpReporting.BrowserTests/artifacts: screenshots and the built site (gitignored).</summary>
public static class Artifacts
{
    public static string Root { get; } = Find();

    public static string Screenshot(string name)
    {
        var dir = Path.Combine(Root, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpReporting.BrowserTests.csproj"))) { return Path.Combine(dir.FullName, "artifacts"); }
        }
        return Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}
