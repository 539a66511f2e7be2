namespace SpReporting.Dashboard;

/// <summary>
/// Where the static site's files come from: the repository's <c>dashboard/</c> folder and the npm
/// packages in its <c>node_modules/</c> (plotly.js, nhsuk-frontend). Found by walking up from the
/// running program to the folder that holds <c>package.json</c>, so it works from any bin folder.
/// </summary>
public sealed record SiteSources(string Dashboard, string NodeModules)
{
    public static SiteSources Find() => Find(AppContext.BaseDirectory);

    public static SiteSources Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "dashboard", "index.html")))
            {
                var modules = Path.Combine(dir.FullName, "node_modules");
                if (!Directory.Exists(Path.Combine(modules, "plotly.js-basic-dist-min")) || !Directory.Exists(Path.Combine(modules, "nhsuk-frontend")))
                {
                    throw new DirectoryNotFoundException($"The dashboard's npm packages are missing under {modules}: run 'npm ci' in {dir.FullName}.");
                }
                return new SiteSources(Path.Combine(dir.FullName, "dashboard"), modules);
            }
        }
        throw new DirectoryNotFoundException($"No folder above {start} holds package.json and dashboard/index.html: the dashboard's sources were not found.");
    }
}
