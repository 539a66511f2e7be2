using System.Globalization;
using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Lineage;

namespace SpReporting.Dashboard;

/// <summary>
/// <c>data/lineage/{CODE}.json</c>, the "Where these figures come from" panel's data (docs/metrics.md): for
/// each published month, how many of the area's expected returns were counted on time or late, rejected or
/// missing, and which ICB plans were used; for an ICB or a PCN also each PCN's upload. No personal data.
/// </summary>
public static class LineageDocument
{
    private static readonly LineageState[] States = Enum.GetValues<LineageState>();

    public static void Write(Utf8JsonWriter json, AreaNode area, IReadOnlyList<LineageRow> rows)
    {
        var months = rows.Select(r => r.Month).Distinct().Order().ToList();
        json.WriteStartObject();
        json.WriteString("area", area.Code);
        json.WriteStartArray("periods");
        foreach (var m in months) { json.WriteStringValue(m.ToString()); }
        json.WriteEndArray();
        var byMonth = rows.ToLookup(r => r.Month);
        json.WriteStartObject("counts");
        foreach (var state in States)
        {
            json.WriteStartArray(state.ToCode());
            foreach (var m in months) { json.WriteNumberValue(byMonth[m].Count(r => r.State == state)); }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteStartArray("plans");
        foreach (var m in months)
        {
            json.WriteStartArray();
            foreach (var plan in byMonth[m].Where(r => r.IcbPlanUploadId is not null).Select(r => $"{r.IcbCode}: {r.IcbPlanUploadId}").Distinct().Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(plan);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        if (area.Level is Level.Icb or Level.Pcn)
        {
            json.WriteStartArray("returns");
            foreach (var r in rows.OrderBy(r => r.Month).ThenBy(r => r.PcnCode, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("pcn", r.PcnCode);
                json.WriteString("period", r.Month.ToString());
                json.WriteString("state", r.State.ToCode());
                if (r.UploadId is { } id) { json.WriteString("upload", id); }
                if (r.ReceivedAt is { } at) { json.WriteString("received", at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)); }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
