using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Statistics;
using SpReporting.Writing;

namespace SpReporting.Publishing;

/// <summary>
/// <c>metrics.csv</c>: UTF-8, RFC 4180, one row per published value in long format as OHID Fingertips
/// downloads. Values with no data at all (<c>[x]</c>) are left out to keep the file to what exists;
/// withheld values stay, empty with note <c>[c]</c>.
/// </summary>
public sealed class MetricsCsvWriter : IDisposable
{
    public const string FileName = "metrics.csv";

    public static readonly string[] Header =
    [
        "level", "area_code", "area_name", "parent_code", "period", "window", "metric", "value", "numerator", "denominator",
        "lower_ci95", "upper_ci95", "lower_ci998", "upper_ci998", "compared_to_england", "comparison_level",
        "variation", "assurance", "too_early_to_judge", "note",
    ];

    private readonly TextWriter _writer;
    private readonly string?[] _fields = new string?[Header.Length];

    public MetricsCsvWriter(Stream output)
    {
        _writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16);
        CsvText.WriteRecord(_writer, Header);
    }

    public long Rows { get; private set; }

    public void Write(AggregateRow row)
    {
        var tooEarly = row.Find(MetricIds.TooEarlyToJudge)?.Label ?? "";
        foreach (var value in row.Values)
        {
            var p = Disclosure.Apply(value, row.Area.Level);
            if (p.Note == Shorthand.NotAvailable) { continue; }
            _fields[0] = row.Area.Level.ToCode();
            _fields[1] = row.Area.Code;
            _fields[2] = row.Area.Name;
            _fields[3] = row.Area.ParentCode ?? "";
            _fields[4] = row.Period;
            _fields[5] = row.Window.ToCode();
            _fields[6] = value.MetricId;
            _fields[7] = p.Text;
            _fields[8] = p.Numerator;
            _fields[9] = p.Denominator;
            _fields[10] = p.Lower;
            _fields[11] = p.Upper;
            _fields[12] = p.Lower998;
            _fields[13] = p.Upper998;
            _fields[14] = p.ComparedToEngland;
            // Comparisons are made with the 95% interval, as Fingertips' default; the column says so wherever one is made.
            _fields[15] = p.ComparedToEngland.Length > 0 ? Benchmark.Level.Percent : "";
            _fields[16] = p.Variation;
            _fields[17] = p.Assurance;
            _fields[18] = tooEarly;
            _fields[19] = p.Note;
            CsvText.WriteRecord(_writer, _fields);
            Rows++;
        }
    }

    public void Dispose() => _writer.Dispose();
}
