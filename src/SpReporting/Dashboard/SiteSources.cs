namespace SpReporting.Dashboard;

/// <summary>
/// Where the static site's files come from: <c>site-sources/</c> in the running program's own folder,
/// which the build fills from the repository's <c>dashboard/</c> and the npm packages (plotly.js,
/// nhsuk-frontend) that <c>npm ci</c> restores (build/SiteAssets.targets, docs/deployment.md). The
/// build fails when one is missing, so a program that starts has them; nothing is looked for elsewhere.
/// </summary>
public sealed record SiteSources(string Dashboard, string NodeModules)
{
    public const string Folder = "site-sources";

    /// <summary>The files a site cannot be written without, relative to <see cref="Folder"/>.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        "dashboard/index.html",
        "node_modules/plotly.js-basic-dist-min/plotly-basic.min.js",
        "node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css",
    ];

    public static SiteSources Find() => In(AppContext.BaseDirectory);

    /// <summary>The sources under <paramref name="programDirectory"/>/site-sources; throws naming the first missing file.</summary>
    public static SiteSources In(string programDirectory)
    {
        var root = Path.Combine(programDirectory, Folder);
        foreach (var file in Required)
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The dashboard asset {path} is missing from this build; build or publish again after 'npm ci'.", path);
            }
        }
        return new SiteSources(Path.Combine(root, "dashboard"), Path.Combine(root, "node_modules"));
    }
}
