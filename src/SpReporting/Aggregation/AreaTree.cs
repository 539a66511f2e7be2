using SpReporting.Reference;

namespace SpReporting.Aggregation;

/// <summary>
/// England, its regions, ICBs and PCNs from the reference list. The list holds each PCN's current
/// Sub-ICB, so the hierarchy is today's for every period (see docs/metrics.md).
/// </summary>
public sealed class AreaTree
{
    public const string EnglandName = "England";

    public AreaTree(OrganisationRegistry organisations)
    {
        var pcns = organisations.Pcns;
        England = new AreaNode(Level.England, OrganisationRegistry.EnglandCode, EnglandName, null, pcns.Select(p => p.PcnCode).ToArray());
        Regions = organisations.Regions
            .Select(r => new AreaNode(Level.Region, r.Code, r.Name, England.Code, pcns.Where(p => p.RegionCode == r.Code).Select(p => p.PcnCode).ToArray()))
            .ToArray();
        Icbs = organisations.Icbs
            .Select(i => new AreaNode(Level.Icb, i.Code, i.Name, i.ParentCode, pcns.Where(p => p.IcbCode == i.Code).Select(p => p.PcnCode).ToArray()))
            .ToArray();
        Pcns = pcns.Select(p => new AreaNode(Level.Pcn, p.PcnCode, p.PcnName, p.IcbCode, [p.PcnCode])).ToArray();
        All = [England, .. Regions, .. Icbs, .. Pcns];
        ByCode = All.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
    }

    public AreaNode England { get; }
    public IReadOnlyList<AreaNode> Regions { get; }
    public IReadOnlyList<AreaNode> Icbs { get; }
    public IReadOnlyList<AreaNode> Pcns { get; }

    /// <summary>England first, then regions, ICBs and PCNs: parents always before children.</summary>
    public IReadOnlyList<AreaNode> All { get; }

    public IReadOnlyDictionary<string, AreaNode> ByCode { get; }
}
