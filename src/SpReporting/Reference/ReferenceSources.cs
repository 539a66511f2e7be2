namespace SpReporting.Reference;

/// <summary>
/// The four public files the organisation list is derived from (see <c>reference/SOURCE.md</c>),
/// found in one folder by name pattern so that a newer release can be dropped in beside the old one.
/// </summary>
public sealed record ReferenceSources(string PcnDetailsFile, string PracticeMapFile, string PopulationFile, string ImdFile)
{
    /// <summary>ODS ePCN "PCNDetails" sheet as CSV, e.g. <c>ePCN_2023-01-26_PCNDetails.csv</c>.</summary>
    public const string PcnDetailsPattern = "ePCN*PCNDetails*.csv";

    /// <summary>NHS England practice to PCN, Sub-ICB, ICB and region mapping, e.g. <c>gp-reg-pat-prac-map_2025-10.csv</c>.</summary>
    public const string PracticeMapPattern = "gp-reg-pat-prac-map*.csv";

    /// <summary>Registered patients per PCN (<c>reg_popn</c>).</summary>
    public const string PopulationPattern = "*pcn*regpopn*.csv";

    /// <summary>IMD 2019 decile per PCN (<c>imd_decile</c>).</summary>
    public const string ImdPattern = "*pcn*imd*.csv";

    public IEnumerable<string> All => [PcnDetailsFile, PracticeMapFile, PopulationFile, ImdFile];

    /// <summary>
    /// Finds each file in <paramref name="directory"/>. Where a pattern matches several files, the last in
    /// name order is used: release dates in the names make that the newest.
    /// </summary>
    public static ReferenceSources Find(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The reference folder '{directory}' does not exist.");
        }
        return new ReferenceSources(
            One(directory, PcnDetailsPattern),
            One(directory, PracticeMapPattern),
            One(directory, PopulationPattern),
            One(directory, ImdPattern));
    }

    private static string One(string directory, string pattern)
    {
        var files = Directory.GetFiles(directory, pattern, new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToArray();
        return files.Length > 0
            ? files[^1]
            : throw new FileNotFoundException($"No file matching '{pattern}' in '{directory}'.");
    }
}
