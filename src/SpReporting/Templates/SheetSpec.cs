namespace SpReporting.Templates;

/// <summary>
/// One data sheet of a template. For <see cref="SheetLayout.FieldValue"/> sheets, <see cref="Columns"/>
/// are the fields (rows), and <see cref="Headers"/> are <c>field</c> and <c>value</c>.
/// </summary>
public sealed record SheetSpec(string Name, SheetLayout Layout, bool Required, string About, IReadOnlyList<ColumnSpec> Columns)
{
    public static IReadOnlyList<string> FieldValueHeaders { get; } = ["field", "value"];

    /// <summary>The header row as written in row 1.</summary>
    public IReadOnlyList<string> Headers => Layout == SheetLayout.FieldValue ? FieldValueHeaders : Columns.Select(c => c.Name).ToArray();

    public ColumnSpec? Find(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A sheet whose columns must be exactly the schema's, in the schema's order: the schema classes stay
    /// the one source of names, and a mismatch fails the first time the template is used.
    /// </summary>
    public static SheetSpec Checked(string name, SheetLayout layout, bool required, IReadOnlyList<string> schemaNames, string about, params ColumnSpec[] columns)
    {
        var names = columns.Select(c => c.Name).ToArray();
        if (!names.SequenceEqual(schemaNames, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"Template sheet {name} documents [{string.Join(", ", names)}] but the schema has [{string.Join(", ", schemaNames)}].");
        }
        return new SheetSpec(name, layout, required, about, columns);
    }
}
