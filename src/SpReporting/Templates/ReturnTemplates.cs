using ClosedXML.Excel;
using SpReporting.Returns;

namespace SpReporting.Templates;

/// <summary>The blank return templates, as <c>spr template</c> writes them.</summary>
public static class ReturnTemplates
{
    public static TemplateSpec For(ReturnKind kind) => kind == ReturnKind.Pcn ? PcnTemplate.Spec : IcbTemplate.Spec;

    /// <summary>Writes the blank template for <paramref name="kind"/> as .xlsx.</summary>
    public static void Write(ReturnKind kind, Stream output)
    {
        using var workbook = Create(kind);
        TemplateFile.Save(workbook, output);
    }

    internal static XLWorkbook Create(ReturnKind kind) => TemplateBuilder.Build(For(kind));
}
