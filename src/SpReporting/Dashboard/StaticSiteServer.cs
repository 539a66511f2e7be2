using System.Net;
using System.Net.Sockets;

namespace SpReporting.Dashboard;

/// <summary>
/// A small static file server for a published site, on the loopback address only (for <c>spr serve</c>,
/// <c>spr demo</c> and the browser tests). GET and HEAD only; paths resolve strictly inside the
/// site's folder; known content types only, with <c>nosniff</c>.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly string _root;
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <param name="port">0 picks a free port.</param>
    public StaticSiteServer(string siteDirectory, int port = 0)
    {
        _root = Path.GetFullPath(siteDirectory);
        if (!Directory.Exists(_root)) { throw new DirectoryNotFoundException($"No site at {_root}."); }
        Port = port == 0 ? FreePort() : port;
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>Requests served, for tests and logs.</summary>
    public int Requests => _requests;

    private int _requests;

    public StaticSiteServer Start()
    {
        _listener.Start();
        _loop = Task.Run(Loop);
        return this;
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        var response = context.Response;
        try
        {
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Cache-Control"] = "no-cache";
            var method = context.Request.HttpMethod;
            if (method is not ("GET" or "HEAD")) { Status(response, 405, "Method not allowed"); return; }
            var file = Resolve(_root, context.Request.Url?.AbsolutePath ?? "/");
            if (file is null || SiteContentTypes.For(file) is not { } type) { Status(response, 404, "Not found"); return; }
            var bytes = File.ReadAllBytes(file);
            response.StatusCode = 200;
            response.ContentType = type;
            response.ContentLength64 = bytes.Length;
            if (method == "GET") { response.OutputStream.Write(bytes); }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // The client went away, or the file vanished between the check and the read.
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    /// <summary>
    /// The file a URL path names, or null: decoded once, no <c>..</c> or <c>.</c> segments, no
    /// backslashes or NULs, and the full path must lie inside the root. A folder serves its index.html.
    /// </summary>
    public static string? Resolve(string root, string urlPath)
    {
        string decoded;
        try { decoded = Uri.UnescapeDataString(urlPath); } catch (UriFormatException) { return null; }
        if (decoded.Contains('\\', StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal)) { return null; }
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.'))) { return null; }
        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        var rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (full != root && !full.StartsWith(rootWithSeparator, StringComparison.Ordinal)) { return null; }
        if (Directory.Exists(full)) { full = Path.Combine(full, "index.html"); }
        return File.Exists(full) ? full : null;
    }

    private static void Status(HttpListenerResponse response, int code, string text)
    {
        response.StatusCode = code;
        response.ContentType = "text/plain; charset=utf-8";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        if (_listener.IsListening) { _listener.Stop(); }
        _listener.Close();
        try { _loop?.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
