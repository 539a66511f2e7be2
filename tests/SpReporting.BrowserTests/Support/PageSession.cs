using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace SpReporting.BrowserTests.Support;

/// <summary>
/// One page of the dashboard in its own browser context, recording every console error, page error
/// and failed request, and every request for anything not on 127.0.0.1 (which is refused).
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page, Uri root)
    {
        _context = context;
        Page = page;
        Root = root;
    }

    public IPage Page { get; }
    public Uri Root { get; }
    public ConcurrentQueue<string> Errors { get; } = new();
    public ConcurrentQueue<string> External { get; } = new();
    public ConcurrentQueue<string> Requested { get; } = new();

    public static async Task<PageSession> OpenAsync(DashboardSite site, string hash, int width)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, site.Address);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            session.Requested.Enqueue(route.Request.Url);
            if (url.Scheme is "data" or "blob" || url.Host == "127.0.0.1") { await route.ContinueAsync(); return; }
            session.External.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        page.Console += (_, message) => { if (message.Type == "error") { session.Errors.Enqueue($"console: {message.Text}"); } };
        page.PageError += (_, error) => session.Errors.Enqueue($"page error: {error}");
        page.RequestFailed += (_, request) => session.Errors.Enqueue($"request failed: {request.Url} {request.Failure}");
        page.Response += (_, response) => { if (response.Status >= 400) { session.Errors.Enqueue($"HTTP {response.Status}: {response.Url}"); } };
        await session.GoAsync(hash);
        return session;
    }

    /// <summary>Navigates (or changes the hash) and waits until the view and its charts are drawn.</summary>
    public async Task GoAsync(string hash)
    {
        if (Page.Url.StartsWith(Root.ToString(), StringComparison.Ordinal))
        {
            await RenderAfterAsync(() => Page.EvaluateAsync("h => { location.hash = h; }", hash));
            return;
        }
        await Page.GotoAsync(new Uri(Root, "index.html" + hash).ToString());
        await WaitReadyAsync();
    }

    /// <summary>
    /// Runs an action that makes the page render again and waits for that render, not the one before
    /// it: the ready flag is cleared first, so a stale "true" can never be mistaken for the new page.
    /// </summary>
    public async Task RenderAfterAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await action();
        await WaitReadyAsync();
    }

    public async Task WaitReadyAsync()
    {
        await Page.WaitForFunctionAsync("() => ['true', 'error'].includes(document.body.dataset.ready)", null, new() { Timeout = 20_000 });
        var state = await Page.EvaluateAsync<string>("() => document.body.dataset.ready");
        if (state == "error") { Errors.Enqueue("the page reported an error: " + await Page.InnerTextAsync("#app-view")); }
    }

    public void AssertClean()
    {
        Assert.True(Errors.IsEmpty, "Errors in the page:\n" + string.Join("\n", Errors));
        Assert.True(External.IsEmpty, "Requests outside 127.0.0.1:\n" + string.Join("\n", External));
    }

    /// <summary>Runs a script file from Support/ in the page and returns its JSON result.</summary>
    public async Task<JsonElement> RunScriptAsync(string file, object? argument = null)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Support", file));
        return await Page.EvaluateAsync<JsonElement>(source, argument);
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Artifacts.Screenshot(name), FullPage = true });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
