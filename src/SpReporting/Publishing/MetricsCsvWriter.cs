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

    /// <summary>The position of each column in <see cref="Header"/>, for every reader and writer of the file.</summary>
    public static class Column
    {
        public static readonly int Level = Of("level");
        public static readonly int AreaCode = Of("area_code");
        public static readonly int AreaName = Of("area_name");
        public static readonly int ParentCode = Of("parent_code");
        public static readonly int Period = Of("period");
        public static readonly int Window = Of("window");
        public static readonly int Metric = Of("metric");
        public static readonly int Value = Of("value");
        public static readonly int Numerator = Of("numerator");
        public static readonly int Denominator = Of("denominator");
        public static readonly int Lower95 = Of("lower_ci95");
        public static readonly int Upper95 = Of("upper_ci95");
        public static readonly int Lower998 = Of("lower_ci998");
        public static readonly int Upper998 = Of("upper_ci998");
        public static readonly int ComparedToEngland = Of("compared_to_england");
        public static readonly int ComparisonLevel = Of("comparison_level");
        public static readonly int Variation = Of("variation");
        public static readonly int Assurance = Of("assurance");
        public static readonly int TooEarlyToJudge = Of("too_early_to_judge");
        public static readonly int Note = Of("note");

        public static int Of(string name)
        {
            var i = Array.IndexOf(Header, name);
            return i >= 0 ? i : throw new ArgumentException($"metrics.csv has no column '{name}'.", nameof(name));
        }
    }

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
            _fields[Column.Level] = row.Area.Level.ToCode();
            _fields[Column.AreaCode] = row.Area.Code;
            _fields[Column.AreaName] = row.Area.Name;
            _fields[Column.ParentCode] = row.Area.ParentCode ?? "";
            _fields[Column.Period] = row.Period;
            _fields[Column.Window] = row.Window.ToCode();
            _fields[Column.Metric] = value.MetricId;
            _fields[Column.Value] = p.Text;
            _fields[Column.Numerator] = p.Numerator;
            _fields[Column.Denominator] = p.Denominator;
            _fields[Column.Lower95] = p.Lower;
            _fields[Column.Upper95] = p.Upper;
            _fields[Column.Lower998] = p.Lower998;
            _fields[Column.Upper998] = p.Upper998;
            _fields[Column.ComparedToEngland] = p.ComparedToEngland;
            // Comparisons are made with the 95% interval, as Fingertips' default; the column says so wherever one is made.
            _fields[Column.ComparisonLevel] = p.ComparedToEngland.Length > 0 ? Benchmark.Level.Percent : "";
            _fields[Column.Variation] = p.Variation;
            _fields[Column.Assurance] = p.Assurance;
            _fields[Column.TooEarlyToJudge] = tooEarly;
            _fields[Column.Note] = p.Note;
            CsvText.WriteRecord(_writer, _fields);
            Rows++;
        }
    }

    public void Dispose() => _writer.Dispose();
}
