using SpReporting.Reading;
using SpReporting.Templates;

namespace SpReporting.Writing;

/// <summary>
/// Writes a return, given as raw sheets, as a filled .xlsx template: the PCN template, or the ICB one
/// when the workbook has a Plan sheet. Filled files keep the drop-downs and the Guidance sheet.
/// </summary>
public static class XlsxReturnWriter
{
    /// <remarks>
    /// ISO dates (yyyy-MM-dd) in date columns become Excel date cells and plain numbers in number
    /// columns become numbers with full precision; everything else is text, never a formula. The file
    /// holds exactly the raw sheets and columns: template ones in template order, others appended.
    /// Raw sheets named Guidance or Lists are ignored (the template supplies its own).
    /// </remarks>
    public static void Write(Workbook workbook, Stream output) => TemplateFiller.Fill(workbook, output);
}
