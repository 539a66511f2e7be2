using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Peers;
using SpReporting.Periods;

namespace SpReporting.Dashboard;

/// <summary>
/// <c>data/peers/{ICB}.json</c>: for each key measure, the national reference band by months since the service
/// began (median, 10th and 90th percentiles of every PCN's published value at that age), and each of the ICB's
/// PCNs at the latest month: its age, published value and place against the band at its own age.
/// </summary>
public static class PeerDocument
{
    public static void Write(Utf8JsonWriter json, AreaNode icb, AreaTree tree, PeerSource source, IReadOnlyDictionary<string, PeerBands> bands, Month latest)
    {
        var pcns = tree.Pcns.Where(p => p.ParentCode == icb.Code).ToList();
        json.WriteStartObject();
        json.WriteString("icb", icb.Code);
        json.WriteString("period", latest.ToString());
        json.WriteStartArray("places");
        foreach (var place in Enum.GetValues<PeerPlace>())
        {
            json.WriteStartObject();
            json.WriteString("code", place.ToCode());
            json.WriteString("label", place.Label());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("measures");
        foreach (var metric in PeerSource.Metrics)
        {
            var band = bands[metric];
            json.WriteStartObject();
            json.WriteString("id", metric);
            json.WriteString("title", MetricCatalog.Get(metric).Title);
            json.WriteString("unit", MetricCatalog.Get(metric).Unit);
            var ordered = band.All.OrderBy(b => b.AgeMonths).ToList();
            Numbers(json, "ages", ordered.Select(b => (double)b.AgeMonths));
            Numbers(json, "pcns", ordered.Select(b => (double)b.Pcns));
            Numbers(json, "lower", ordered.Select(b => Round(b.Lower)));
            Numbers(json, "median", ordered.Select(b => Round(b.Median)));
            Numbers(json, "upper", ordered.Select(b => Round(b.Upper)));
            json.WriteStartArray("areas");
            foreach (var pcn in pcns)
            {
                if (source.At(pcn.Code, metric, latest) is not { } at) { continue; }
                json.WriteStartObject();
                json.WriteString("code", pcn.Code);
                json.WriteString("name", pcn.Name);
                json.WriteNumber("age", at.Age);
                if (at.Value is { } v) { json.WriteNumber("value", v); } else { json.WriteNull("value"); }
                if (at.Value is { } value && band.Place(at.Age, value) is { } place) { json.WriteString("place", place.ToCode()); }
                else { json.WriteNull("place"); }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Band edges at the precision of the values they are built from (published to 1 or 2 places).
    private static double Round(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) { json.WriteNumberValue(v); }
        json.WriteEndArray();
    }
}
