using System.Globalization;

namespace SpReporting.Reference;

/// <summary>
/// Derives the organisation list (<c>reference/organisations.csv</c>) from the public files:
/// every PCN of the ePCN file, closed ones included, placed in its Sub-ICB, ICB and region through
/// the practice mapping file, with list size and IMD decile where published. Pure: same files in,
/// same rows out.
/// </summary>
/// <remarks>
/// Choices, also written in <c>reference/SOURCE.md</c>:
/// <list type="bullet">
/// <item>PCN names stay as ODS publishes them (upper case): title-casing would mangle acronyms such as "NEL" or "SWB".</item>
/// <item>Sub-ICB, ICB and region names are the mixed-case names of the mapping file.</item>
/// <item>A PCN whose Sub-ICB code is no longer current (a CCG that merged before the mapping's date) is placed
/// where the mapping puts GP practices at its postcode, else in its postcode district: the successor Sub-ICB.</item>
/// <item>List size and IMD decile are left blank where not published (PCNs that closed before about January 2023).</item>
/// </list>
/// </remarks>
public static class ReferenceDerivation
{
    public static IReadOnlyList<Organisation> Derive(ReferenceSources sources) => Derive(
        NhsCsv.Read(sources.PcnDetailsFile),
        NhsCsv.Read(sources.PracticeMapFile),
        NhsCsv.Read(sources.PopulationFile),
        NhsCsv.Read(sources.ImdFile));

    public static IReadOnlyList<Organisation> Derive(NhsCsvTable pcnDetails, NhsCsvTable practiceMap, NhsCsvTable population, NhsCsvTable imd)
    {
        var places = SubIcbPlaces.From(practiceMap);
        var listSizes = IntByPcn(population, "reg_popn", "registered patients file");
        var deciles = IntByPcn(imd, "imd_decile", "IMD file");

        const string file = "ePCN PCNDetails file";
        var code = pcnDetails.RequireColumn("PCN Code", file);
        var name = pcnDetails.RequireColumn("PCN Name", file);
        var subIcb = pcnDetails.RequireColumn("Current Sub ICB Loc Code", file);
        var open = pcnDetails.RequireColumn("Open Date", file);
        var close = pcnDetails.RequireColumn("Close Date", file);
        var postcode = pcnDetails.Column("Postcode");

        var result = new Dictionary<string, Organisation>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in pcnDetails.Rows)
        {
            var pcn = NhsCsvTable.Cell(row, code).ToUpperInvariant();
            if (pcn.Length == 0) { continue; }
            var place = places.Resolve(NhsCsvTable.Cell(row, subIcb), NhsCsvTable.Cell(row, postcode))
                ?? throw new InvalidDataException(
                    $"PCN {pcn}: Sub-ICB '{NhsCsvTable.Cell(row, subIcb)}' is not in the mapping file and no practice shares its postcode district.");
            var openDate = ParseDate(NhsCsvTable.Cell(row, open))
                ?? throw new InvalidDataException($"PCN {pcn}: open date '{NhsCsvTable.Cell(row, open)}' is not a date.");
            var closeText = NhsCsvTable.Cell(row, close);
            DateOnly? closeDate = closeText.Length == 0 ? null
                : ParseDate(closeText) ?? throw new InvalidDataException($"PCN {pcn}: close date '{closeText}' is not a date.");
            var organisation = new Organisation(
                pcn, NhsCsvTable.Cell(row, name), place.SubIcbCode, place.SubIcbName, place.IcbCode, place.IcbName,
                place.RegionCode, place.RegionName, openDate, closeDate,
                listSizes.GetValueOrDefault(pcn), deciles.GetValueOrDefault(pcn));
            if (!result.TryAdd(pcn, organisation))
            {
                throw new InvalidDataException($"PCN {pcn} appears twice in the ePCN file.");
            }
        }
        return result.Values.OrderBy(o => o.PcnCode, StringComparer.Ordinal).ToArray();
    }

    /// <summary>ePCN writes <c>yyyyMMdd</c>; ISO and UK forms are accepted too, as other releases use them.</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyyMMdd", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    /// <summary>Whole numbers per PCN code; blanks and "NA" are left out; decimals are rounded.</summary>
    private static Dictionary<string, int?> IntByPcn(NhsCsvTable table, string column, string file)
    {
        var code = table.RequireColumn("pcn_code", file);
        var value = table.RequireColumn(column, file);
        var map = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            if (double.TryParse(NhsCsvTable.Cell(row, value), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                map[NhsCsvTable.Cell(row, code)] = (int)Math.Round(v, MidpointRounding.AwayFromZero);
            }
        }
        return map;
    }
}
