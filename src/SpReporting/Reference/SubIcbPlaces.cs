namespace SpReporting.Reference;

/// <summary>Where a Sub-ICB location sits: its ICB and NHS England commissioning region, with names.</summary>
public sealed record SubIcbPlace(string SubIcbCode, string SubIcbName, string IcbCode, string IcbName, string RegionCode, string RegionName);

/// <summary>
/// The Sub-ICB -> ICB -> region hierarchy read from the practice mapping file, and the practices'
/// postcodes, used to place a PCN whose Sub-ICB code has since been retired.
/// </summary>
internal sealed class SubIcbPlaces
{
    private readonly Dictionary<string, SubIcbPlace> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, int>> _byPostcode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, int>> _byDistrict = new(StringComparer.OrdinalIgnoreCase);

    public static SubIcbPlaces From(NhsCsvTable map)
    {
        const string file = "practice mapping file";
        var postcode = map.Column("PRACTICE_POSTCODE");
        var subCode = map.RequireColumn("SUB_ICB_LOCATION_CODE", file);
        var subName = map.RequireColumn("SUB_ICB_LOCATION_NAME", file);
        var icbCode = map.RequireColumn("ICB_CODE", file);
        var icbName = map.RequireColumn("ICB_NAME", file);
        var regionCode = map.RequireColumn("COMM_REGION_CODE", file);
        var regionName = map.RequireColumn("COMM_REGION_NAME", file);

        var places = new SubIcbPlaces();
        foreach (var row in map.Rows)
        {
            var code = NhsCsvTable.Cell(row, subCode).ToUpperInvariant();
            if (code.Length == 0) { continue; }
            var place = new SubIcbPlace(code, NhsCsvTable.Cell(row, subName),
                NhsCsvTable.Cell(row, icbCode).ToUpperInvariant(), NhsCsvTable.Cell(row, icbName),
                NhsCsvTable.Cell(row, regionCode).ToUpperInvariant(), NhsCsvTable.Cell(row, regionName));
            if (place.IcbCode.Length == 0 || place.RegionCode.Length == 0) { continue; }
            if (places._byCode.TryGetValue(code, out var known) && (known.IcbCode != place.IcbCode || known.RegionCode != place.RegionCode))
            {
                throw new InvalidDataException($"Sub-ICB {code} is mapped to two ICBs or regions in the practice mapping file.");
            }
            places._byCode.TryAdd(code, place);
            var pc = NormalisePostcode(NhsCsvTable.Cell(row, postcode));
            if (pc.Length > 0)
            {
                Count(places._byPostcode, pc, code);
                Count(places._byDistrict, District(pc), code);
            }
        }
        return places;
    }

    /// <summary>
    /// The place of a current Sub-ICB code; for a retired one, the Sub-ICB holding most practices at the same
    /// postcode, else in the same postcode district (ties to the first code in order); null if none.
    /// </summary>
    public SubIcbPlace? Resolve(string subIcbCode, string postcode)
    {
        if (_byCode.TryGetValue(subIcbCode.Trim(), out var place)) { return place; }
        var pc = NormalisePostcode(postcode);
        if (pc.Length == 0) { return null; }
        var votes = _byPostcode.GetValueOrDefault(pc) ?? _byDistrict.GetValueOrDefault(District(pc));
        if (votes is null) { return null; }
        var best = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
        return _byCode[best];
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> index, string key, string code)
    {
        if (!index.TryGetValue(key, out var votes)) { index[key] = votes = new Dictionary<string, int>(StringComparer.Ordinal); }
        votes[code] = votes.GetValueOrDefault(code) + 1;
    }

    /// <summary>Upper case with one space before the inward code (the last three characters): "sw170rt" -> "SW17 0RT".</summary>
    private static string NormalisePostcode(string postcode)
    {
        var compact = new string(postcode.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }

    /// <summary>The outward code (postcode district), before the space.</summary>
    private static string District(string postcode)
    {
        var space = postcode.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? postcode[..space] : postcode;
    }
}
