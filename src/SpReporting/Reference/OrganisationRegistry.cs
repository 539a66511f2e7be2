using nietras.SeparatedValues;
using SpReporting.Periods;

namespace SpReporting.Reference;

/// <summary>
/// The reference list of organisations (<c>reference/organisations.csv</c>): data the pipeline loads,
/// not code. Loaded once per process and looked up by ODS code.
/// </summary>
public sealed class OrganisationRegistry
{
    public const string FileName = "organisations.csv";
    public const string EnglandCode = "E92000001";

    private static readonly Lazy<OrganisationRegistry> LazyDefault = new(() => Load(DefaultPath()));
    private readonly Dictionary<string, Organisation> _byPcn;
    private readonly Dictionary<string, List<Organisation>> _byIcb;

    public OrganisationRegistry(IEnumerable<Organisation> organisations)
    {
        Pcns = organisations.OrderBy(o => o.PcnCode, StringComparer.Ordinal).ToArray();
        _byPcn = Pcns.ToDictionary(o => o.PcnCode, StringComparer.OrdinalIgnoreCase);
        _byIcb = Pcns.GroupBy(o => o.IcbCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        Icbs = Pcns.GroupBy(o => o.IcbCode).Select(g => new Area(g.Key, g.First().IcbName, g.First().RegionCode))
            .OrderBy(a => a.Code, StringComparer.Ordinal).ToArray();
        Regions = Pcns.GroupBy(o => o.RegionCode).Select(g => new Area(g.Key, g.First().RegionName, EnglandCode))
            .OrderBy(a => a.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The list shipped with the application, next to the executable.</summary>
    public static OrganisationRegistry Default => LazyDefault.Value;

    public IReadOnlyList<Organisation> Pcns { get; }
    public IReadOnlyList<Area> Icbs { get; }
    public IReadOnlyList<Area> Regions { get; }

    public Organisation? FindPcn(string? code) =>
        code is not null && _byPcn.TryGetValue(code.Trim(), out var o) ? o : null;

    public Area? FindIcb(string? code) =>
        code is null ? null : Icbs.FirstOrDefault(a => string.Equals(a.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Organisation> PcnsInIcb(string icbCode) =>
        _byIcb.TryGetValue(icbCode, out var list) ? list : [];

    public IEnumerable<Organisation> OpenIn(Month month) => Pcns.Where(o => o.IsOpenIn(month));

    public static OrganisationRegistry Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static OrganisationRegistry Load(Stream stream)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(stream);
        var list = new List<Organisation>();
        foreach (var row in reader)
        {
            list.Add(new Organisation(
                row["pcn_code"].ToString(),
                row["pcn_name"].ToString(),
                row["sub_icb_code"].ToString(),
                row["sub_icb_name"].ToString(),
                row["icb_code"].ToString(),
                row["icb_name"].ToString(),
                row["region_code"].ToString(),
                row["region_name"].ToString(),
                DateOnly.ParseExact(row["open_date"].ToString(), "yyyy-MM-dd"),
                OptionalDate(row["close_date"].ToString()),
                OptionalInt(row["registered_patients"].ToString()),
                OptionalInt(row["imd_decile"].ToString())));
        }
        return new OrganisationRegistry(list);
    }

    /// <summary>Looks beside the executable first (published apps), then up the tree (a checkout).</summary>
    public static string DefaultPath()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "reference", FileName);
        if (File.Exists(local)) { return local; }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "reference", FileName);
            if (File.Exists(candidate)) { return candidate; }
        }
        throw new FileNotFoundException($"The organisation reference list reference/{FileName} was not found beside the application or above it.");
    }

    private static DateOnly? OptionalDate(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd");

    private static int? OptionalInt(string s) => s.Length == 0 ? null : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
