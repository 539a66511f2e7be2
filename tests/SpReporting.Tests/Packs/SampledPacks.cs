using SpReporting.Aggregation;
using SpReporting.Packs;
using SpReporting.Periods;
using SpReporting.Sampling;

namespace SpReporting.Tests.Packs;

/// <summary>
/// Packs written from two sampled ICBs in different regions (the real pipeline in process, two years of returns),
/// shared by the pack tests: one pack per ICB and the England pack, in a temporary folder.
/// </summary>
public sealed class SampledPacks : IDisposable
{
    public static readonly string[] Icbs = ["QOC", "QSL"];

    public static readonly SampleOptions Options = new()
    {
        From = new Month(2022, 10),
        Months = 24,
        Icbs = Icbs,
        Seed = 7,
        XlsxShare = 0,
        Now = new DateTimeOffset(2024, 10, 20, 9, 0, 0, TimeSpan.Zero),
    };

    /// <summary>Narratives a hostile or careless user might write: each must stay text, verbatim.</summary>
    public static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://example.invalid\",\"Click\")",
        "+44 1234 567890 is our number",
        "-1 post this quarter",
        "@SUM(A1:A9)",
        "\tstarts with a tab",
        "\r\nstarts with a new line\r\nand has two",
        "<script>alert('x')</script> & \"quotes\" ]]> are only text",
    ];

    public SampledPacks()
    {
        Sample = new SampledRows(Options);
        Folder = Path.Combine(Path.GetTempPath(), "spr-packs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var tree = new AreaTree(Sample.Registry);
        foreach (var scope in tree.Icbs.Append(tree.England))
        {
            var input = InputFor(scope);
            var path = Path.Combine(Folder, PackNames.For(scope, Sample.To));
            using (var file = File.Create(path)) { PackWriter.Write(input, file); }
            Packs[scope.Code] = (path, input);
        }
    }

    public SampledRows Sample { get; }

    /// <summary>A lineage line per expected return, as the ledger would give it: an upload id named after the PCN and month.</summary>
    public static SpReporting.Lineage.LineageRow Lineage(ReturnStatus r) => new(r.PcnCode, "", "", r.Month,
        r.State switch { ReturnState.OnTime => SpReporting.Lineage.LineageState.CountedOnTime, ReturnState.Late => SpReporting.Lineage.LineageState.CountedLate, _ => SpReporting.Lineage.LineageState.Missing },
        r.State == ReturnState.Missing ? null : $"up-{r.PcnCode}-{r.Month}", r.State == ReturnState.Missing ? null : new DateTimeOffset(r.Month.AddMonths(1).Start.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero), null);

    /// <summary>Peer bands from every sampled PCN's published rows, as the publish step builds them.</summary>
    public IReadOnlyDictionary<string, SpReporting.Peers.PeerBands> Bands => _bands ??= BuildBands();

    private IReadOnlyDictionary<string, SpReporting.Peers.PeerBands>? _bands;

    private Dictionary<string, SpReporting.Peers.PeerBands> BuildBands()
    {
        var source = new SpReporting.Peers.PeerSource();
        foreach (var group in Sample.Rows.GroupBy(r => r.Area.Code)) { source.Add(group.First().Area, group.ToList()); }
        // Few sampled PCNs share an age: a band needs only 2 here so that the sheet has bands to show.
        return SpReporting.Peers.PeerSource.Metrics.ToDictionary(m => m, m => source.Bands(m, new SpReporting.Peers.PeerOptions(MinimumPcns: 2)));
    }
    public string Folder { get; }
    public Dictionary<string, (string Path, PackInput Input)> Packs { get; } = [];

    /// <summary>What the publish step passes for a scope; the first sampled ICB's narratives get the hostile ones too.</summary>
    public PackInput InputFor(AreaNode scope)
    {
        var rows = Sample.Rows.Where(r => PackScope.Lists(scope, r.Area)).ToList();
        var pcns = rows.Where(r => r.Area.Level == Level.Pcn).Select(r => r.Area.Code).ToHashSet();
        var narratives = Sample.Narratives.Where(n => scope.Level == Level.England || n.IcbCode == scope.Code).ToList();
        if (scope.Level == Level.England || scope.Code == Icbs[0])
        {
            narratives.AddRange(Hostile.Select((t, i) => new IcbNarrative(Icbs[0], "Hostile narratives", new Quarter(2020 + i, 1), t)));
        }
        return new PackInput($"Social prescribing link workers: {scope.Name}, {Sample.To}", scope, Sample.To,
            rows.Where(r => PackScope.IsHeadline(r, Sample.To)).ToList(), rows.Where(r => PackScope.IsMonthly(r, Sample.To)),
            Sample.Returns.Where(r => pcns.Contains(r.PcnCode)).ToList(), narratives,
            new DateOnly(2024, 10, 24), new DateOnly(2024, 11, 21), "splw.reporting@example.nhs.uk")
        {
            Peers = Bands,
            Lineage = [.. Sample.Returns.Where(r => pcns.Contains(r.PcnCode)).Select(Lineage)],
        };
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SampledPacksCollection : ICollectionFixture<SampledPacks>
{
    public const string Name = "sampled packs";
}
