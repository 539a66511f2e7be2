using System.Globalization;

namespace SpReporting.Templates;

/// <summary>Guidance topics that read the same in the PCN and ICB templates.</summary>
internal static class SharedGuidance
{
    public static GuidanceTopic Layout(string dataSheets) => new("Layout",
        $"This Guidance sheet comes first so that it is what you see when you open the file. The data sheets follow in the order of the specification: {dataSheets}. " +
        "Row 1 of each data sheet is the header row: keep the header names as they are (column order does not matter). Data sheets start blank; the examples are on this sheet only. " +
        "Do not rename sheets. This sheet and the hidden Lists sheet are not read as data.");

    public static GuidanceTopic DropDowns { get; } = new("Drop-down lists",
        "Columns with a fixed list of codes have a drop-down list, and number and date columns check their range as you type, on rows 2 to " +
        TemplateSpec.LastDataRow.ToString("#,0", CultureInfo.InvariantCulture) + ". " +
        "Codes are matched ignoring upper or lower case and spaces around them, but choosing from the list avoids typing errors. " +
        "The lists live on a hidden sheet called Lists; every code is also listed below.");

    public static GuidanceTopic PersonalData(string freeText) => new("Personal data",
        "Returns are pseudonymised. Never enter names, NHS numbers, postcodes, dates of birth, email addresses or phone numbers anywhere in this workbook, " +
        $"including {freeText}. A file containing any of them is rejected as a whole, and the receipt points to the cell without repeating what it holds.");

    public static GuidanceTopic Receipt { get; } = new("Receipt",
        "Every upload gets a receipt straight away, accepted or not. It gives the status (accepted, accepted_with_warnings or rejected), whether the upload was late, " +
        "how many rows of each kind were read, and every problem found, each with a code (such as VAL002), its sheet, row and column, and a plain-English message. " +
        "All problems are listed at once (up to 1,000), not just the first.");

    public static GuidanceTopic Findings { get; } = new("Errors and warnings",
        "An error rejects the whole upload: fix every error listed on the receipt and upload the whole file again. A warning does not stop the upload being accepted; " +
        "it is shown on the receipt and counted in data-quality measures, so check it and correct the data if it is wrong.");

    public static GuidanceTopic Numbers { get; } = new("Numbers",
        "Enter numbers as plain numbers, without units, commas or currency signs. Give decimals as you have them: they are never rounded when read.");

    public static GuidanceTopic Dates { get; } = new("Dates",
        "Date columns are shown as yyyy-mm-dd. Enter dates as yyyy-mm-dd (2024-03-05) or dd/mm/yyyy (05/03/2024), or as Excel dates. Never use the US order mm/dd/yyyy.");

    public static GuidanceTopic Resubmitting(string where, string period) => new("Resubmitting",
        $"You may upload again as often as you need: upload the whole corrected file to the same place ({where}). The last accepted upload for a {period} is the one that counts; " +
        "an upload that is rejected never replaces one that was accepted. Every upload is kept. Once a period is locked (for example after quarter sign-off), " +
        "uploads for it are kept but rejected.");
}
