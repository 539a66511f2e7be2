using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using SpReporting.Reading;

namespace SpReporting.Tests.Support;

/// <summary>
/// A small, valid PCN monthly return for U00070 (West Merton PCN) for March 2024, as editable sheets,
/// written as a zip of CSVs or an .xlsx. Each test breaks one thing and checks the finding it gets.
/// </summary>
public sealed class ReturnBuilder
{
    public const string Pcn = "U00070";
    public const string Period = "2024-03";

    private readonly Dictionary<string, List<List<string>>> _sheets = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public static ReturnBuilder Valid()
    {
        var b = new ReturnBuilder();
        b.Sheet("Submission",
            ["field", "value"],
            ["pcn_code", Pcn],
            ["period", Period],
            ["schema_version", "1"],
            ["nil_return", "N"],
            ["submitter_role", "PCN manager"]);
        b.Sheet("Workforce",
            ["post_id", "role", "status", "wte", "funding", "employer", "start_date", "end_date", "open_caseload", "supervision_hours", "non_sp_hours", "wellbeing_score"],
            ["P1", "SPLW", "IN_POST", "0.986667", "ARRS", "PCN_PRACTICE", "2021-05-01", "", "40", "2", "5", "7"],
            ["P2", "SPLW_LEAD", "IN_POST", "1", "ARRS", "GP_FEDERATION", "03/01/2022", "", "35", "1.5", "", "8"],
            ["P3", "SPLW", "VACANT", "0.6", "ARRS", "PCN_PRACTICE", "", "", "", "", "", ""],
            ["P4", "SPLW", "LEFT", "0.5", "VCSE", "VCSE", "2020-01-06", "2024-03-15", "", "", "", ""]);
        b.Sheet("Referrals",
            ["referral_id", "referral_date", "source", "reasons", "age_band", "sex", "ethnic_group", "imd_decile", "first_contact_date", "status", "closed_date", "connections", "wellbeing_tool", "wellbeing_baseline", "wellbeing_followup", "social_outcomes"],
            ["R-0001", "2024-03-04", "GP", "LONELINESS;HOUSING", "65-74", "FEMALE", "WHITE", "3", "2024-03-08", "OPEN", "", "", "SWEMWBS", "18", "", ""],
            ["R-0002", "2024-01-10", "NURSE_AHP", "MONEY_DEBT_BENEFITS", "45-54", "MALE", "BLACK", "1", "2024-01-20", "CLOSED", "2024-03-20", "3", "ONS4_LS", "4", "7", "DEBT_ADVICE_RECEIVED;BENEFITS_INCREASED"],
            ["R-0003", "2024-03-11", "SELF", "FOOD", "25-34", "FEMALE", "ASIAN", "", "", "DECLINED", "2024-03-25", "", "NONE", "", "", ""],
            ["R-0004", "2024-03-12", "vcse", " mental_wellbeing ", "18-24", "OTHER", "MIXED", "10", "2024-03-12", "CLOSED", "2024-03-28", "1", "MYCAW", "5", "3", "SOCIAL_CONNECTION_MADE"]);
        b.Sheet("Implementation",
            ["respondent_role", "g1", "g2", "g3", "coh1", "coh2", "coh3", "coh4", "cog1", "cog2", "cog3", "cog4", "act1", "act2", "act3", "act4", "act5", "act6", "act7", "ref1", "ref2", "ref3", "ref4", "ref5"],
            ["GP", "8", "7", "9", "4", "4", "5", "3", "4", "4", "NR", "3", "3", "3", "4", "4", "2", "3", "3", "3", "4", "", "3", "3"]);
        return b;
    }

    public ReturnBuilder Sheet(string name, params string[][] rows)
    {
        if (!_sheets.ContainsKey(name)) { _order.Add(name); }
        _sheets[name] = rows.Select(r => r.ToList()).ToList();
        return this;
    }

    public ReturnBuilder RemoveSheet(string name)
    {
        _sheets.Remove(name);
        _order.Remove(name);
        return this;
    }

    /// <summary>Sets a cell by data row (1 = first row after the header, i.e. Excel row 2) and column name.</summary>
    public ReturnBuilder Set(string sheet, int dataRow, string column, string value)
    {
        var rows = _sheets[sheet];
        var c = rows[0].IndexOf(column);
        if (c < 0) { throw new ArgumentException($"no column {column} in {sheet}"); }
        rows[dataRow][c] = value;
        return this;
    }

    /// <summary>Sets a Submission field's value.</summary>
    public ReturnBuilder Field(string field, string value)
    {
        var row = _sheets["Submission"].Single(r => r[0] == field);
        row[1] = value;
        return this;
    }

    public ReturnBuilder AddRow(string sheet, params string[] cells)
    {
        _sheets[sheet].Add([.. cells]);
        return this;
    }

    /// <summary>A copy of an existing data row with some columns changed.</summary>
    public ReturnBuilder CopyRow(string sheet, int dataRow, params (string Column, string Value)[] changes)
    {
        var rows = _sheets[sheet];
        var copy = rows[dataRow].ToList();
        foreach (var (column, value) in changes) { copy[rows[0].IndexOf(column)] = value; }
        rows.Add(copy);
        return this;
    }

    public ReturnBuilder RemoveColumn(string sheet, string column)
    {
        var rows = _sheets[sheet];
        var c = rows[0].IndexOf(column);
        foreach (var r in rows) { r.RemoveAt(c); }
        return this;
    }

    public ReturnBuilder AddColumn(string sheet, string header, string value)
    {
        var rows = _sheets[sheet];
        rows[0].Add(header);
        foreach (var r in rows.Skip(1)) { r.Add(value); }
        return this;
    }

    public int RowCount(string sheet) => _sheets[sheet].Count - 1;

    public IReadOnlyList<string> SheetNames => _order;

    public IReadOnlyList<string> Headers(string sheet) => _sheets[sheet][0];

    public Workbook ToWorkbook() => new(_order.Select(name =>
    {
        var rows = _sheets[name];
        return new Sheet(name, rows[0], rows.Skip(1).Select((r, i) => new SheetRow(i + 2, [.. r])).ToList());
    }).ToList());

    public byte[] ToZip(Encoding? encoding = null)
    {
        encoding ??= new UTF8Encoding(false);
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in _order)
            {
                var entry = zip.CreateEntry(name.ToLowerInvariant() + ".csv");
                using var w = new StreamWriter(entry.Open(), encoding);
                foreach (var row in _sheets[name])
                {
                    w.Write(string.Join(',', row.Select(Quote)));
                    w.Write("\r\n");
                }
            }
        }
        return ms.ToArray();
    }

    /// <summary>
    /// An .xlsx as a PCN manager's Excel would save it: numbers as numbers, ISO dates as date cells,
    /// everything else as text.
    /// </summary>
    public byte[] ToXlsx()
    {
        using var wb = new XLWorkbook();
        foreach (var name in _order)
        {
            var ws = wb.AddWorksheet(name);
            var rows = _sheets[name];
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Count; c++)
                {
                    var text = rows[r][c];
                    var cell = ws.Cell(r + 1, c + 1);
                    if (r > 0 && DateOnly.TryParseExact(text, "yyyy-MM-dd", out var d))
                    {
                        cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
                        cell.Style.DateFormat.Format = "yyyy-mm-dd";
                    }
                    else if (r > 0 && IsPlainNumber(text, out var n))
                    {
                        cell.SetValue(n);
                    }
                    else
                    {
                        cell.SetValue(text);
                        cell.DataType = XLDataType.Text;
                    }
                }
            }
        }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static bool IsPlainNumber(string text, out double n) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out n)
        && (text == "0" || text.StartsWith("0.", StringComparison.Ordinal) || text[0] is >= '1' and <= '9');

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
