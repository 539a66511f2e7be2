namespace SpReporting.Packs.Rendering;

/// <summary>The look every renderer gives a pack: Arial throughout, bold titles and headings, underlined links.</summary>
internal static class PackStyle
{
    public const string Font = "Arial";
    public const double Size = 11;
    public const double TitleSize = 14;
    public const double HeadingSize = 12;

    /// <summary>Link colour as Excel's own hyperlink style; links are underlined too, so colour is not the only sign.</summary>
    public const string LinkColour = "#0563C1";

    /// <summary>Width of column A on the Cover, where all its text is (wrapped).</summary>
    public const double CoverWidth = 120;

    public const string Author = "Social prescribing link worker reporting";
    public const string Subject = "Social prescribing link workers: workforce, referrals, outcomes, implementation, equity and data quality";
}
