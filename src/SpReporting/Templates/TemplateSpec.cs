using SpReporting.Returns;

namespace SpReporting.Templates;

/// <summary>A general guidance topic: a heading and a paragraph.</summary>
public sealed record GuidanceTopic(string Topic, string Text);

/// <summary>
/// A whole return template: its data sheets in specification order and its general guidance. The
/// workbook is laid out as Guidance, then the data sheets, then the hidden Lists sheet.
/// </summary>
public sealed record TemplateSpec(
    ReturnKind Kind,
    string Title,
    string Subject,
    IReadOnlyList<SheetSpec> Sheets,
    IReadOnlyList<GuidanceTopic> Topics)
{
    public const string GuidanceSheet = "Guidance";
    public const string ListsSheet = "Lists";
    public const string Language = "en-GB";

    /// <summary>Drop-downs and checks cover the rows the pipeline accepts (FIL005: 50,000 data rows).</summary>
    public static int LastDataRow => Reading.ReadLimits.Default.MaxDataRows + 1;

    public SheetSpec? Find(string sheet) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name, sheet.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Sheet names the template itself owns, which never hold return data.</summary>
    public static bool IsTemplateOnly(string sheet) =>
        string.Equals(sheet.Trim(), GuidanceSheet, StringComparison.OrdinalIgnoreCase)
        || string.Equals(sheet.Trim(), ListsSheet, StringComparison.OrdinalIgnoreCase);
}
