using System.Text;
using SpReporting.Aggregation;
using SpReporting.Periods;

namespace SpReporting.Packs;

/// <summary>File names of packs in the <c>exports</c> container: <c>splw-pack-QWE-2024-03.xlsx</c>, <c>splw-pack-england-2024-03.xlsx</c>.</summary>
public static class PackNames
{
    public const string Prefix = "splw-pack-";

    public static string For(AreaNode scope, Month period)
    {
        var area = scope.Level == Level.England ? "england" : Safe(scope.Code);
        return $"{Prefix}{area}-{period}.xlsx";
    }

    /// <summary>ODS codes are letters and digits; anything else is dropped so a name can never leave its folder.</summary>
    private static string Safe(string code)
    {
        var b = new StringBuilder(code.Length);
        foreach (var c in code.Where(char.IsAsciiLetterOrDigit)) { b.Append(c); }
        return b.Length > 0 ? b.ToString() : throw new ArgumentException($"'{code}' has no letters or digits to name a pack by.", nameof(code));
    }
}
