namespace SpReporting.BrowserTests.Support;

/// <summary>axe-core from the repository's node_modules (npm devDependency), put into the page.</summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(
        SpReporting.Dashboard.SiteSources.Find().NodeModules, "axe-core", "axe.min.js")));

    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not cover.
    public static Task InjectAsync(PageSession page) => page.Page.EvaluateAsync(Source.Value + "\n;undefined");
}
