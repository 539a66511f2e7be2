namespace SpReporting.Packs.Model;

/// <summary>A table column: its one header cell (with any notes), width in characters, and whether text wraps.</summary>
internal sealed record PackColumn(Noted Header, double Width = 14, bool Wrap = false);
