using System.Globalization;
using SpReporting.Writing;

namespace SpReporting.Lineage;

/// <summary><c>lineage.csv</c>: UTF-8, RFC 4180, one line per PCN and month (docs/metrics.md, "Where the figures come from").</summary>
public static class LineageCsvWriter
{
    public static readonly string[] Header =
        ["pcn_code", "icb_code", "region_code", "period", "state", "upload_id", "received", "late", "icb_plan_upload_id"];

    public static long Write(Stream output, IEnumerable<LineageRow> rows)
    {
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        CsvText.WriteRecord(writer, Header);
        long count = 0;
        var fields = new string?[Header.Length];
        foreach (var r in rows)
        {
            fields[0] = r.PcnCode;
            fields[1] = r.IcbCode;
            fields[2] = r.RegionCode;
            fields[3] = r.Month.ToString();
            fields[4] = r.State.ToCode();
            fields[5] = r.UploadId ?? "";
            fields[6] = r.ReceivedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
            fields[7] = r.State switch { LineageState.CountedLate => "yes", LineageState.CountedOnTime => "no", _ => "" };
            fields[8] = r.IcbPlanUploadId ?? "";
            CsvText.WriteRecord(writer, fields);
            count++;
        }
        return count;
    }
}
