namespace SpReporting.BrowserTests.Support;

/// <summary>axe-core (npm devDependency) copied into the test's output by its project file, put into the page.</summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(
        AppContext.BaseDirectory, "axe-core", "axe.min.js")));

    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not cover.
    public static Task InjectAsync(PageSession page) => page.Page.EvaluateAsync(Source.Value + "\n;undefined");
}
