using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Publishing;
using SpReporting.Spc;
using SpReporting.Statistics;

namespace SpReporting.Dashboard;

/// <summary>
/// <c>data/index.json</c>: the areas (England, regions, ICBs, PCNs), the periods, the latest period,
/// the shorthand legend, the metric catalogue, the words for every judgement code, and the downloads.
/// Every label the page shows comes from here, so the wording lives in one place (the C# domain).
/// </summary>
public static class IndexDocument
{
    public static void Write(Utf8JsonWriter json, AreaTree tree, IReadOnlyList<string> periods, IReadOnlyList<Download> downloads,
        Func<string, bool?> hasReturns, bool synthetic = false)
    {
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        if (synthetic) { json.WriteString("synthetic", Publishing.SyntheticData.Notice); }
        json.WriteNumber("lowCompletenessPct", Publishing.ComparatorCaveat.LowCompletenessPct);
        json.WriteString("england", tree.England.Code);
        json.WriteStartArray("periods");
        foreach (var p in periods) { json.WriteStringValue(p); }
        json.WriteEndArray();
        if (periods.Count > 0) { json.WriteString("latest", periods.Max(StringComparer.Ordinal)); }
        Areas(json, tree, hasReturns);
        Legend(json);
        Metrics(json);
        Labels(json);
        json.WriteStartArray("downloads");
        foreach (var d in downloads)
        {
            json.WriteStartObject();
            json.WriteString("title", d.Title);
            json.WriteString("path", d.RelativePath);
            json.WriteString("kind", d.Kind);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Areas(Utf8JsonWriter json, AreaTree tree, Func<string, bool?> hasReturns)
    {
        json.WriteStartArray("areas");
        foreach (var a in tree.All)
        {
            json.WriteStartObject();
            json.WriteString("code", a.Code);
            json.WriteString("name", a.Name);
            json.WriteString("level", a.Level.ToCode());
            if (a.ParentCode is { } parent) { json.WriteString("parent", parent); }
            // Unknown (null) when this writer did not write the area's file: the page then just tries it.
            if (hasReturns(a.Code) is { } returns) { json.WriteBoolean("returns", returns); }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Legend(Utf8JsonWriter json)
    {
        json.WriteStartArray("legend");
        foreach (var (code, meaning) in Shorthand.Legend)
        {
            json.WriteStartObject();
            json.WriteString("code", code);
            json.WriteString("meaning", meaning);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Metrics(Utf8JsonWriter json)
    {
        var shown = DashboardMetrics.Month.Concat(DashboardMetrics.Quarter).Concat(DashboardMetrics.R12).ToHashSet(StringComparer.Ordinal);
        json.WriteStartArray("metrics");
        foreach (var m in MetricCatalog.All.Where(m => shown.Contains(m.Id)))
        {
            json.WriteStartObject();
            json.WriteString("id", m.Id);
            json.WriteString("title", m.Title);
            json.WriteString("definition", m.Definition);
            json.WriteString("polarity", m.Polarity.ToString().ToLowerInvariant());
            json.WriteString("unit", m.Unit);
            json.WriteString("group", m.Group.ToString());
            json.WriteString("kind", m.Kind.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Labels(Utf8JsonWriter json)
    {
        json.WriteStartObject("labels");
        json.WriteStartObject("comparison");
        foreach (var c in Enum.GetValues<Comparison>()) { json.WriteString(c.ToCode(), c.Label()); }
        json.WriteEndObject();
        json.WriteStartObject("variation");
        foreach (var v in Enum.GetValues<Variation>()) { json.WriteString(v.ToCode(), v.Label()); }
        json.WriteEndObject();
        json.WriteStartObject("assurance");
        foreach (var a in Enum.GetValues<Assurance>().Where(a => a != Assurance.None)) { json.WriteString(a.ToCode(), a.Label()); }
        json.WriteEndObject();
        json.WriteStartObject("rule");
        foreach (var r in Enum.GetValues<SpecialCause>()) { json.WriteString(r.ToCode(), DashboardMetrics.RuleLabel(r)); }
        json.WriteEndObject();
        json.WriteStartObject("codes");
        foreach (var (code, words) in Returns.CodeLabels.All) { json.WriteString(code, words); }
        json.WriteEndObject();
        json.WriteStartObject("colours");
        json.WriteString("common_cause", SpcColours.CommonCause);
        json.WriteString("improvement", SpcColours.Improvement);
        json.WriteString("concern", SpcColours.Concern);
        json.WriteString("neutral_high", SpcColours.Neutral);
        json.WriteString("neutral_low", SpcColours.Neutral);
        json.WriteString("target", SpcColours.Target);
        json.WriteString("consistent_pass", SpcColours.For(Assurance.ConsistentPass));
        json.WriteString("consistent_fail", SpcColours.For(Assurance.ConsistentFail));
        json.WriteString("hit_and_miss", SpcColours.For(Assurance.HitAndMiss));
        json.WriteEndObject();
        // The caveat and the coverage rule for GP and A&E use, in the domain's words (docs/metrics.md).
        json.WriteStartObject("healthServiceUse");
        json.WriteString("caveat", HealthServiceUse.Caveat);
        json.WriteNumber("minimumCoveragePct", HealthServiceUse.MinimumCoveragePct);
        json.WriteString("notEnoughMeasured", HealthServiceUse.NotEnoughMeasured);
        json.WriteString("tooEarly", HealthServiceUse.TooEarly);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
