using SpReporting.Reading;
using SpReporting.Writing;

namespace SpReporting.Sampling;

/// <summary>Writes a generated workbook in the format its submitter uses.</summary>
internal static class ReturnFiles
{
    /// <summary>The .xlsx writer (the template filled in); set to null to write every return as a .zip of CSVs.</summary>
    private static readonly Action<Workbook, Stream>? Xlsx = XlsxReturnWriter.Write;

    public static bool XlsxAvailable => Xlsx is not null;

    public static string Extension(bool wantsXlsx) => wantsXlsx && XlsxAvailable ? ".xlsx" : ".zip";

    public static byte[] Bytes(Workbook wb, string extension, bool byteOrderMark)
    {
        using var buffer = new MemoryStream();
        if (extension == ".xlsx") { Xlsx!(wb, buffer); }
        else { CsvZipReturnWriter.Write(wb, buffer, byteOrderMark); }
        return buffer.ToArray();
    }
}
