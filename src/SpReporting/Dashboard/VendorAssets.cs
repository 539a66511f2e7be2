using System.Text.RegularExpressions;

namespace SpReporting.Dashboard;

/// <summary>
/// The third-party files the site serves itself (never from a CDN): the basic plotly.js bundle
/// (scatter, bar, pie: all the dashboard draws, and a quarter of the full bundle's size) and the
/// compiled NHS.UK frontend stylesheet with its images.
/// </summary>
public static partial class VendorAssets
{
    public const string Plotly = "vendor/plotly-basic.min.js";
    public const string NhsukCss = "vendor/nhsuk/nhsuk-frontend.min.css";
    public const string NhsukImages = "vendor/nhsuk/images";

    public static void CopyTo(SiteSources sources, string site)
    {
        Copy(Path.Combine(sources.NodeModules, "plotly.js-basic-dist-min", "plotly-basic.min.js"), Path.Combine(site, Plotly));
        var nhsuk = Path.Combine(sources.NodeModules, "nhsuk-frontend", "dist", "nhsuk");
        var css = File.ReadAllText(Path.Combine(nhsuk, "nhsuk-frontend.min.css"));
        Write(Path.Combine(site, NhsukCss), OfflineCss(css));
        var images = Path.Combine(site, NhsukImages);
        Directory.CreateDirectory(images);
        foreach (var file in Directory.GetFiles(Path.Combine(nhsuk, "assets", "images")))
        {
            File.Copy(file, Path.Combine(images, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>
    /// The stylesheet made self-contained: the web-font rules (which fetch Frutiger from an NHS
    /// host) are dropped, so text falls back to Arial as the stylesheet intends, and root-relative
    /// image paths become relative so the site works under any folder.
    /// </summary>
    public static string OfflineCss(string css)
    {
        var withoutFonts = FontFace().Replace(css, m => m.Value.Contains("url(http", StringComparison.OrdinalIgnoreCase) ? "" : m.Value);
        return withoutFonts.Replace("url(/assets/images/", "url(images/", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"@font-face\{[^}]*\}")]
    private static partial Regex FontFace();

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
