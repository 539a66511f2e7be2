namespace SpReporting.Packs.Model;

/// <summary>How a cell is written: a number, our own text, text a user wrote (never a formula), or a link to a sheet.</summary>
internal enum PackCellKind : byte
{
    Text,
    Number,
    UserText,
    SheetLink,
}

/// <summary>
/// One data cell of a pack table. Never empty: a missing value is shorthand text (<c>[x]</c>, <c>[c]</c>, <c>[z]</c>).
/// A <see cref="PackCellKind.SheetLink"/> holds the name of the sheet it links to, shown as its text.
/// </summary>
internal readonly record struct PackCell(PackCellKind Kind, string? Text, double Number, PackNumberFormat Format = PackNumberFormat.Whole)
{
    public static PackCell Of(string text) => new(PackCellKind.Text, RequireText(text), 0);

    /// <summary>Our own text, or <c>[x]</c> where there is none.</summary>
    public static PackCell OrMissing(string? text) => string.IsNullOrWhiteSpace(text) ? Of(Publishing.Shorthand.NotAvailable) : Of(text);

    /// <summary>A number, whole or to two decimals as it comes; measures pass their own format.</summary>
    public static PackCell Of(double number) => Of(number, PackNumberFormats.Plain(number));

    public static PackCell Of(double number, PackNumberFormat format) =>
        double.IsFinite(number) ? new(PackCellKind.Number, null, number, format) : throw new ArgumentOutOfRangeException(nameof(number), number, "Pack numbers must be finite.");

    public static PackCell User(string text) => new(PackCellKind.UserText, UserText.Clean(text), 0);

    public static PackCell Link(string sheet) => new(PackCellKind.SheetLink, RequireText(sheet), 0);

    private static string RequireText(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException("A pack cell is never empty: use shorthand.", nameof(text)) : text;
}
