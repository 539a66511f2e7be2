namespace SpReporting.Templates;

/// <summary>How a template sheet is laid out.</summary>
public enum SheetLayout
{
    /// <summary>One header row, then one row per record.</summary>
    Table,

    /// <summary>Two columns, <c>field</c> and <c>value</c>, with the field names already in column A.</summary>
    FieldValue,

    /// <summary>One header cell in A1 and one value cell in A2 (the ICB narrative).</summary>
    SingleCell,
}
