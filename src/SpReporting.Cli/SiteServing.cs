using System.Net;
using System.Runtime.InteropServices;
using SpReporting.Dashboard;

namespace SpReporting.Cli;

/// <summary>Serves a published site on 127.0.0.1 until Ctrl+C or SIGTERM: shared by <c>spr serve</c> and <c>spr demo</c>.</summary>
internal static class SiteServing
{
    public static async Task<int> ServeUntilStoppedAsync(string siteDirectory, int port, bool portGiven, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(Path.Combine(siteDirectory, "index.html")))
        {
            stderr.WriteLine($"spr: there is no published dashboard in '{siteDirectory}' (no index.html). Run 'spr run DIR --out OUT' first.");
            return CommandLine.Usage;
        }
        StaticSiteServer server;
        try
        {
            server = new StaticSiteServer(siteDirectory, port).Start();
        }
        catch (HttpListenerException) when (!portGiven)
        {
            // The default port is taken: any free one will do.
            server = new StaticSiteServer(siteDirectory, 0).Start();
        }
        catch (HttpListenerException e)
        {
            stderr.WriteLine($"spr: cannot listen on 127.0.0.1:{port}: {e.Message}");
            return CommandLine.Usage;
        }
        using (server)
        {
            stdout.WriteLine($"Dashboard: {server.Address}  (Ctrl+C to stop)");
            stdout.Flush();
            var stopped = new TaskCompletionSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stopped.TrySetResult(); });
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stopped.TrySetResult(); });
            await stopped.Task;
            stderr.WriteLine("spr: stopped serving.");
        }
        return CommandLine.Ok;
    }
}
