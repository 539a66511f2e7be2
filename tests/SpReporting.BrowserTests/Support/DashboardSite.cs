using Microsoft.Playwright;
using SpReporting.Dashboard;
using SpReporting.Sampling;

namespace SpReporting.BrowserTests.Support;

/// <summary>
/// Shared by every browser test: a site published from two ICBs' sampled returns (24 months), served
/// on loopback by <see cref="StaticSiteServer"/>, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class DashboardSite : IAsyncLifetime
{
    /// <summary>Two small ICBs in two regions: enough for every level and a maturity comparison.</summary>
    public static readonly string[] Icbs = ["QOC", "QSL"];

    public static readonly SampleOptions Options = new()
    {
        Icbs = Icbs,
        Months = 24,
        XlsxShare = 0,
        Seed = 7,
        Now = new DateTimeOffset(2025, 10, 20, 9, 0, 0, TimeSpan.Zero),
    };

    public BuiltSite Site { get; private set; } = null!;
    public StaticSiteServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => Server.Address;

    public string EnglandCode => SpReporting.Reference.OrganisationRegistry.EnglandCode;
    public string RegionCode => "Y58";
    public string IcbCode => "QSL";

    /// <summary>A PCN of the ICB whose returns were sampled (the first written).</summary>
    public string PcnCode { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Site = BuiltSite.Build(Options, Path.Combine(Artifacts.Root, "site-build"));
        PcnCode = Directory.GetFiles(Path.Combine(Site.Directory, "data", "areas"), "U*.json")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
            .First(code => Site.Rows.Input.Organisations.FindPcn(code)!.IcbCode == IcbCode)!;
        Server = new StaticSiteServer(Site.Directory).Start();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(Playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        Server.Dispose();
    }

    public Task<PageSession> OpenAsync(string hash, int width = 1280) => PageSession.OpenAsync(this, hash, width);
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardSite>
{
    public const string Name = "dashboard";
}
