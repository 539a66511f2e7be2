using SpReporting.Reference;

namespace SpReporting.Tests.Reference;

/// <summary>Checks on the committed <c>reference/organisations.csv</c> as the application loads it.</summary>
public sealed class CommittedOrganisationListTests
{
    private static OrganisationRegistry Registry => OrganisationRegistry.Default;

    [Fact]
    public void Holds_every_pcn_of_the_epcn_release_closed_ones_included()
    {
        // ePCN release of 26 January 2023: 1,329 PCNs, 65 of them closed (reference/SOURCE.md).
        Assert.Equal(1329, Registry.Pcns.Count);
        Assert.Equal(65, Registry.Pcns.Count(o => o.CloseDate is not null));
        Assert.All(Registry.Pcns.Where(o => o.CloseDate is not null), o => Assert.True(o.CloseDate >= o.OpenDate, o.PcnCode));
        Assert.Equal(Registry.Pcns.Count, Registry.Pcns.Select(o => o.PcnCode).Distinct().Count());
    }

    [Fact]
    public void Every_pcn_sits_in_an_icb_and_a_region()
    {
        Assert.All(Registry.Pcns, o =>
        {
            Assert.Matches("^U[0-9]{5}$", o.PcnCode);
            Assert.Matches("^[A-Z0-9]{3}$", o.IcbCode);
            Assert.Matches("^Y[0-9]{2}$", o.RegionCode);
            Assert.False(string.IsNullOrWhiteSpace(o.IcbName));
            Assert.False(string.IsNullOrWhiteSpace(o.RegionName));
            Assert.False(string.IsNullOrWhiteSpace(o.SubIcbCode));
        });
        Assert.Equal(42, Registry.Icbs.Count);
        Assert.Equal(7, Registry.Regions.Count);
        // An ICB lies in exactly one region.
        Assert.All(Registry.Icbs, icb => Assert.Single(Registry.PcnsInIcb(icb.Code).Select(o => o.RegionCode).Distinct()));
    }

    [Fact]
    public void Open_pcns_have_list_size_and_deprivation()
    {
        var open = Registry.Pcns.Where(o => o.CloseDate is null).ToArray();
        Assert.All(open, o =>
        {
            Assert.InRange(o.RegisteredPatients ?? 0, 1000, 500_000);
            Assert.InRange(o.ImdDecile ?? 0, 1, 10);
        });
    }

    [Fact]
    public void West_merton_looks_right()
    {
        var o = Registry.FindPcn("u00070");
        Assert.NotNull(o);
        Assert.Equal("WEST MERTON PCN", o.PcnName);
        Assert.Equal("36L", o.SubIcbCode);
        Assert.Equal("QWE", o.IcbCode);
        Assert.Equal("NHS South West London Integrated Care Board", o.IcbName);
        Assert.Equal(("Y56", "London"), (o.RegionCode, o.RegionName));
        Assert.Equal(new DateOnly(2019, 10, 1), o.OpenDate);
        Assert.Null(o.CloseDate);
        Assert.Equal(32169, o.RegisteredPatients);
        Assert.Equal(10, o.ImdDecile);
    }

    [Fact]
    public void A_pcn_from_a_merged_ccg_is_placed_in_the_successor_sub_icb()
    {
        var brent = Registry.FindPcn("U12587"); // HARNESS TEMPLE PCN, Brent CCG 07P, closed 2020
        Assert.NotNull(brent);
        Assert.Equal(("W2U3Z", "QRV", "Y56"), (brent.SubIcbCode, brent.IcbCode, brent.RegionCode));
        Assert.Equal(new DateOnly(2020, 3, 31), brent.CloseDate);
    }

    [ReferenceSourcesFact]
    public void Committed_list_is_what_the_derivation_gives_from_the_sources()
    {
        var list = ReferenceDerivation.Derive(ReferenceSources.Find(ReferenceSourcesFactAttribute.SourceDirectory!));
        var text = new StringWriter();
        OrganisationCsv.Write(list, text);

        Assert.Equal(text.ToString(), File.ReadAllText(OrganisationRegistry.DefaultPath()));
    }
}

/// <summary>Runs only where the public source files are beside the checkout (<c>../shared/reference</c>).</summary>
public sealed class ReferenceSourcesFactAttribute : FactAttribute
{
    public static string? SourceDirectory { get; } = Locate();

    public ReferenceSourcesFactAttribute()
    {
        if (SourceDirectory is null) { Skip = "The public reference files (../shared/reference) are not beside this checkout."; }
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference");
            if (File.Exists(Path.Combine(candidate, "SOURCE.md"))) { return candidate; }
        }
        return null;
    }
}
