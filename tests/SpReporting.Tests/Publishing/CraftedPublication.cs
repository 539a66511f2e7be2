using SpReporting.Publishing;
using SpReporting.Writing;
using C = SpReporting.Publishing.MetricsCsvWriter.Column;

namespace SpReporting.Tests.Publishing;

/// <summary>
/// A hand-written <c>metrics.csv</c> showing figures the way the first version of disclosure control
/// published them (rates, intervals and n computed from unrounded counts), for the audit to attack.
/// </summary>
public sealed class CraftedPublication : IDisposable
{
    public const string England = "E92000001";
    private readonly List<string[]> _rows = [];

    public string Root { get; } = Directory.CreateTempSubdirectory("spr-crafted-").FullName;

    public CraftedPublication Row(string level, string area, string parent, string window, string period, string metric,
        string value = "", string numerator = "", string denominator = "", string lower = "", string upper = "", string note = "")
    {
        // Laid out by the writer's own header, so the crafted file follows every change of columns.
        var row = new string[MetricsCsvWriter.Header.Length];
        Array.Fill(row, "");
        row[C.Level] = level;
        row[C.AreaCode] = area;
        row[C.AreaName] = area;
        row[C.ParentCode] = parent;
        row[C.Period] = period;
        row[C.Window] = window;
        row[C.Metric] = metric;
        row[C.Value] = value;
        row[C.Numerator] = numerator;
        row[C.Denominator] = denominator;
        row[C.Lower95] = lower;
        row[C.Upper95] = upper;
        row[C.Note] = note;
        _rows.Add(row);
        return this;
    }

    /// <summary>England rows that make each month of a range part of the publication.</summary>
    public CraftedPublication Months(string first, int count)
    {
        var m = Periods.Month.Parse(first);
        for (var i = 0; i < count; i++) { Row("ENGLAND", England, "", "month", m.AddMonths(i).ToString(), "ref_received", "100"); }
        return this;
    }

    public string Write()
    {
        var exports = Path.Combine(Root, "exports");
        Directory.CreateDirectory(exports);
        using var writer = new StreamWriter(Path.Combine(exports, MetricsCsvWriter.FileName));
        CsvText.WriteRecord(writer, MetricsCsvWriter.Header);
        foreach (var r in _rows) { CsvText.WriteRecord(writer, r); }
        return Root;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
