using System.Globalization;
using SpReporting.Writing;

namespace SpReporting.Reference;

/// <summary>Writes <c>reference/organisations.csv</c> in the form <see cref="OrganisationRegistry.Load(Stream)"/> reads.</summary>
public static class OrganisationCsv
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "pcn_code", "pcn_name", "sub_icb_code", "sub_icb_name", "icb_code", "icb_name", "region_code", "region_name",
        "open_date", "close_date", "registered_patients", "imd_decile",
    ];

    /// <summary>UTF-8 without BOM, LF line endings (the file is committed), RFC 4180 quoting, rows in PCN code order.</summary>
    public static void Write(IEnumerable<Organisation> organisations, TextWriter writer)
    {
        CsvText.WriteRecord(writer, Header, "\n");
        foreach (var o in organisations.OrderBy(o => o.PcnCode, StringComparer.Ordinal))
        {
            CsvText.WriteRecord(writer,
            [
                o.PcnCode, o.PcnName, o.SubIcbCode, o.SubIcbName, o.IcbCode, o.IcbName, o.RegionCode, o.RegionName,
                Date(o.OpenDate), o.CloseDate is { } c ? Date(c) : "",
                o.RegisteredPatients?.ToString(CultureInfo.InvariantCulture) ?? "",
                o.ImdDecile?.ToString(CultureInfo.InvariantCulture) ?? "",
            ], "\n");
        }
    }

    public static void Write(IEnumerable<Organisation> organisations, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) { Directory.CreateDirectory(directory); }
        // Written beside and then moved, so a failed run never leaves half a reference list.
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            Write(organisations, writer);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
